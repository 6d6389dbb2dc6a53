package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class MetaRefreshNoExceptionTest {
  private static final MetaRefreshNoException RULE = new MetaRefreshNoException();

  @Test
  void passesImmediateRedirect() {
    assertThat(Fixtures.outcome(RULE, "<head><meta http-equiv=\"refresh\" content=\"0; url=/x\"></head>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsEvenAfterTwentyHours() {
    assertThat(Fixtures.outcome(RULE, "<head><meta http-equiv=\"refresh\" content=\"72001; url=/x\"></head>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void inapplicableWithoutContent() {
    assertThat(Fixtures.outcome(RULE, "<head><meta http-equiv=\"refresh\"></head>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
