package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class LandmarkBannerIsTopLevelTest {
  private static final LandmarkBannerIsTopLevel RULE = new LandmarkBannerIsTopLevel();

  @Test
  void passesTopLevelHeader() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<header>Site</header><main>x</main>"))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsBannerInsideMain() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<main><div role=\"banner\">Site</div></main>"))).isEqualTo(Outcome.FAILED);
  }

  @Test
  void sectionHeaderIsNotABanner() {
    assertThat(Fixtures.outcome(RULE, Fixtures.page("<article><header>Post</header></article>"))).isEqualTo(Outcome.INAPPLICABLE);
  }
}
