package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class LandmarkContentinfoIsTopLevelTest {
  private static final LandmarkContentinfoIsTopLevel RULE = new LandmarkContentinfoIsTopLevel();

  @Test
  void passesTopLevelFooter() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<main>x</main><footer>c</footer>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsContentinfoInsideNav() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<nav><div role=\"contentinfo\">c</div></nav>"))).isEqualTo(Outcome.FAILED);
  }
}
