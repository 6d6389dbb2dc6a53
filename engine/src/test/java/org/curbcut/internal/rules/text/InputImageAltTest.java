package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class InputImageAltTest {
  private final InputImageAlt rule = new InputImageAlt();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void passesAnImageButtonWithAlt() {
    assertThat(run("<input type=image src=go.png alt=Search>")).isEqualTo(Outcome.PASSED);
    assertThat(run("<input type=image src=go.png aria-label=Search>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsAnImageButtonWithOnlyTheDefaultLabel() {
    assertThat(run("<input type=image name=search src=go.png>")).isEqualTo(Outcome.FAILED);
    assertThat(run("<input type=image src=go.png alt=\"\">")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void otherButtonsAndHiddenOnesAreInapplicable() {
    assertThat(run("<input type=submit>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<input type=image src=go.png style=\"display:none\">")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void cannotTellWhenCssMayHideIt() {
    assertThat(run("<style>@media (prefers-reduced-data: reduce) { input { display: none } }</style><input type=image src=go.png>"))
        .isEqualTo(Outcome.CANT_TELL);
  }
}
