package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class RegionTest {
  private static final Region RULE = new Region();

  @Test
  void passesAllInLandmarks() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<header>Site</header><main><p>x</p></main><footer>c</footer>"))).isIn(Outcome.PASSED, Outcome.INAPPLICABLE);
  }

  @Test
  void failsContentOutside() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<main><p>x</p></main><p>Loose text</p>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void failsPageWithoutLandmarks() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<p>Loose text</p>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void exemptsSkipLinks() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<a href=\"#main\">Skip</a><main id=\"main\">x</main>"))).isIn(Outcome.PASSED, Outcome.INAPPLICABLE);
  }
}
