package org.curbcut.internal.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class MenuitemNameTest {
  private final MenuitemName rule = new MenuitemName();

  private Outcome run(String html) {
    return Fixture.outcome(rule, html);
  }

  @Test
  void passesAMenuItemWithText() {
    assertThat(run("<div role=menu><button role=menuitem>New file</button></div>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsAnIconOnlyMenuItem() {
    assertThat(run("<div role=menu><button role=menuitem><img src=f.svg alt=\"\"></button></div>"))
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void hiddenOrOtherItemsAreInapplicable() {
    assertThat(run("<div role=menu hidden><button role=menuitem></button></div>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(run("<menu><li><a href=#>New</a></li></menu>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void cannotTellWhenCssMayHideIt() {
    assertThat(run("<style>@media (prefers-reduced-data: reduce) { div { display: none } }</style><div role=menuitem></div>"))
        .isEqualTo(Outcome.CANT_TELL);
  }
}
