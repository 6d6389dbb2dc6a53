package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class LandmarkUniqueTest {
  private static final LandmarkUnique RULE = new LandmarkUnique();

  @Test
  void passesDifferentNames() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<nav aria-label=\"Main\">a</nav><nav aria-label=\"Footer\">b</nav>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsSameName() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<nav aria-label=\"Menu\">a</nav><nav aria-label=\"Menu\">b</nav>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void failsBothUnnamed() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<nav>a</nav><nav>b</nav>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void inapplicableToSingleLandmarks() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<nav>a</nav><main>b</main>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
