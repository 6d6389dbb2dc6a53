package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class HeadingOrderTest {
  private static final HeadingOrder RULE = new HeadingOrder();

  @Test
  void passesSteps() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<h1>A</h1><h2>B</h2><h3>C</h3><h2>D</h2>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsSkippedLevel() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<h1>A</h1><h3>C</h3>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void usesAriaLevel() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<h1>A</h1><div role=\"heading\" aria-level=\"4\">D</div>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void inapplicableWithOneHeading() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<h2>Only</h2>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
