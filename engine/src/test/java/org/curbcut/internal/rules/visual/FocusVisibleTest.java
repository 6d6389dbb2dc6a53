package org.curbcut.internal.rules.visual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

class FocusVisibleTest {
  private static Outcome outcome(String html) {
    return Fixture.outcome(new FocusVisible(), html);
  }

  @Test
  void passesTheDefaultFocusRing() {
    assertThat(outcome("<a href=/>Home</a><span tabindex=0>Widget</span>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void failsWhenAFocusRuleRemovesTheOutlineWithoutAnAlternative() {
    assertThat(outcome("<style>.plain:focus { outline: none }</style><a class=plain href=/>Home</a>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome("<style>:focus { outline: 0 }</style><button>Go</button>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome("<style>a { outline: none }</style><a href=/>Home</a>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void readsLinkedStyleSheets() {
    var r = Fixture.results(new FocusVisible(), "<link rel=stylesheet href=s.css><a class=x href=/>Home</a>",
        Map.of("s.css", ".x:focus { outline: none }"));
    assertThat(Fixture.outcome(r)).isEqualTo(Outcome.FAILED);
  }

  @Test
  void cannotTellWhenAnotherStyleOrAScriptMayShowFocus() {
    assertThat(outcome("<style>a:focus { outline: none; box-shadow: 0 0 0 3px navy }</style><a href=/>Home</a>"))
        .isEqualTo(Outcome.CANT_TELL);
    assertThat(outcome("<style>a:focus { outline: none } a:focus-visible { border: 2px solid }</style><a href=/>Home</a>"))
        .isEqualTo(Outcome.CANT_TELL);
    assertThat(outcome("<style>a:focus { outline: none }</style><a href=/ onfocus='mark(this)'>Home</a>"))
        .isEqualTo(Outcome.CANT_TELL);
    assertThat(outcome("<style>li:focus-within { background: yellow } a:focus { outline: none }</style>"
        + "<ul><li><a href=/>Home</a></li></ul>")).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void ignoresRulesForMouseFocusOnly() {
    assertThat(outcome("<style>a:focus:not(:focus-visible) { outline: none }</style><a href=/>Home</a>"))
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void inapplicableWithoutSequentialFocus() {
    assertThat(outcome("<span>Text</span><a tabindex=-1 href=/>Home</a>")).isEqualTo(Outcome.INAPPLICABLE);
  }
}
