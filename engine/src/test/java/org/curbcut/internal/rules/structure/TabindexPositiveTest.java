package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class TabindexPositiveTest {
  private static final TabindexPositive RULE = new TabindexPositive();

  @Test
  void failsPositiveTabindex() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<div tabindex=\"3\">x</div>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void inapplicableToZero() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<div tabindex=\"0\">x</div><a href=\"/\" tabindex=\"-1\">y</a>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
