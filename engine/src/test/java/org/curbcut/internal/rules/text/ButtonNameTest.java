package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class ButtonNameTest {
  private final ButtonName rule = new ButtonName();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void passesAButtonWithText() {
    assertThat(run("<button>Save</button>")).isEqualTo(Outcome.PASSED);
    assertThat(run("<span role=button aria-label=Save></span>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void passesSubmitAndResetWithTheirDefaultLabel() {
    assertThat(run("<input type=reset>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsAnEmptyButton() {
    assertThat(run("<button></button>")).isEqualTo(Outcome.FAILED);
    assertThat(run("<button type=button value=\"read more\"></button>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void imageButtonsLinksAndHiddenButtonsAreInapplicable() {
    assertThat(run("<input type=image alt=Go>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<button role=link>Go</button>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<button style=\"display:none\"></button>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void cannotTellWhenCssMayHideIt() {
    assertThat(run("<style>@media (prefers-reduced-data: reduce) { button { display: none } }</style><button></button>"))
        .isEqualTo(Outcome.CANT_TELL);
  }
}
