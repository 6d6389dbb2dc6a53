package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class MetaRefreshTest {
  private static final MetaRefresh RULE = new MetaRefresh();

  @Test
  void passesImmediateRedirect() {
    assertThat(Fixtures.outcome(RULE, "<head><meta http-equiv=\"refresh\" content=\"0; url=https://example.org\"></head>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsTimedRefresh() {
    assertThat(Fixtures.outcome(RULE, "<head><meta http-equiv=\"refresh\" content=\"30\"></head>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void passesAfterTwentyHours() {
    assertThat(Fixtures.outcome(RULE, "<head><meta http-equiv=\"refresh\" content=\"72001; url=/x\"></head>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void usesFirstValidElement() {
    assertThat(Fixtures.outcome(RULE, "<head><meta http-equiv=\"refresh\" content=\"0: /x\"><meta http-equiv=\"refresh\" content=\"5; /x\"></head>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void inapplicableToInvalidContent() {
    assertThat(Fixtures.outcome(RULE, "<head><meta http-equiv=\"refresh\" content=\"+5; /x\"></head>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
