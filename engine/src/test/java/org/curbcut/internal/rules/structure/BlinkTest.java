package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class BlinkTest {
  private static final Blink RULE = new Blink();

  @Test
  void failsBlink() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<blink>Sale</blink>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void mapsToPauseStopHideAtLevelA() {
    assertThat(RULE.meta().wcag()).containsExactly("2.2.2");
    assertThat(RULE.meta().level()).isEqualTo(org.curbcut.rules.Level.A);
    assertThat(new Marquee().meta().wcag()).containsExactly("2.2.2");
  }

  @Test
  void inapplicableWithoutBlink() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p>Sale</p>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
