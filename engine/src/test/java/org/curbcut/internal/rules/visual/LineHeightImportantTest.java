package org.curbcut.internal.rules.visual;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class LineHeightImportantTest {
  private static final String TEXT = "The toy brought back fond memories of being lost in the rain forest.";

  private static Outcome outcome(String html) {
    return Fixture.outcome(new LineHeightImportant(), html);
  }

  @Test
  void passesAtOrAbove15() {
    assertThat(outcome("<p style='line-height:1.6 !important;max-width:200px'>" + TEXT + "</p>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome("<style>p{font-size:20px}</style><p style='line-height:30px !important'>" + TEXT + "</p>"))
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsBelow15WhenTheTextWraps() {
    assertThat(outcome("<p style='line-height:1.2 !important;max-width:200px'>" + TEXT + "</p>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome("<p style='line-height:normal !important;max-width:200px'>" + TEXT + "</p>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void inapplicableWhenTheTextCannotWrap() {
    assertThat(outcome("<div style='overflow-x:scroll'><p style='line-height:1em !important;width:1000px'>" + TEXT
        + "</p></div>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<p style='line-height:1em !important;white-space:nowrap'>" + TEXT + "</p>"))
        .isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void cannotTellForShortTextThatMayNotWrap() {
    assertThat(outcome("<p style='line-height:1 !important'>Short</p>")).isEqualTo(Outcome.CANT_TELL);
  }
}
