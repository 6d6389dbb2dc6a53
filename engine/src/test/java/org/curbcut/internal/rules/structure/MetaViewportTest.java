package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class MetaViewportTest {
  private static final MetaViewport RULE = new MetaViewport();

  @Test
  void passesScalable() {
    assertThat(Fixtures.outcome(RULE, "<head><meta name=\"viewport\" content=\"width=device-width, user-scalable=yes\"></head>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsUserScalableNo() {
    assertThat(Fixtures.outcome(RULE, "<head><meta name=\"viewport\" content=\"width=device-width, user-scalable=no\"></head>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void failsLowMaximumScale() {
    assertThat(Fixtures.outcome(RULE, "<head><meta name=\"viewport\" content=\"maximum-scale=1.5\"></head>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void passesNegativeMaximumScale() {
    assertThat(Fixtures.outcome(RULE, "<head><meta name=\"viewport\" content=\"maximum-scale=-1\"></head>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void inapplicableWithoutZoomProperties() {
    assertThat(Fixtures.outcome(RULE, "<head><meta name=\"viewport\" content=\"width=device-width\"></head>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
