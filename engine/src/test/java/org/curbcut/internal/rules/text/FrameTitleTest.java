package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class FrameTitleTest {
  private final FrameTitle rule = new FrameTitle();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void passesAFrameWithATitle() {
    assertThat(run("<iframe title=\"Grocery list\" src=list.html></iframe>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsAFrameWithoutName() {
    assertThat(run("<iframe name=\"Grocery list\" src=list.html></iframe>")).isEqualTo(Outcome.FAILED);
    assertThat(run("<iframe title=\" \" src=list.html></iframe>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void hiddenUnfocusableAndPresentationalFramesAreInapplicable() {
    assertThat(run("<iframe style=\"display:none\" src=a.html></iframe>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<iframe tabindex=-1 src=a.html></iframe>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<iframe role=none src=a.html></iframe>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void cannotTellWhenCssMayHideIt() {
    assertThat(run("<style>@media (prefers-reduced-data: reduce) { iframe { display: none } }</style><iframe src=a.html></iframe>"))
        .isEqualTo(Outcome.CANT_TELL);
  }
}
