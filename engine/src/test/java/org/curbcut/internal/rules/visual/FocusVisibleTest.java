package org.curbcut.internal.rules.visual;

import static org.curbcut.rules.testing.RuleAssertions.assertThat;
import static org.curbcut.rules.testing.RuleAssertions.audit;

import java.util.Map;
import org.curbcut.rules.testing.RuleAudit;
import org.junit.jupiter.api.Test;

class FocusVisibleTest {
  private final FocusVisible rule = new FocusVisible();

  /** The rule's results for body markup in this package's fixture page. */
  private RuleAudit onPage(String html) {
    return audit(rule, Fixture.page(html));
  }

  @Test
  void passesTheDefaultFocusRing() {
    assertThat(onPage("<a href=/>Home</a><span tabindex=0>Widget</span>"))
        .passed("a")
        .passed("span")
        .andNoOtherTargets();
  }

  @Test
  void failsWhenAFocusRuleRemovesTheOutlineWithoutAnAlternative() {
    assertThat(onPage("<style>.plain:focus { outline: none }</style><a class=plain href=/>Home</a>"))
        .failed("a", "no-indicator").andNoOtherTargets();
    assertThat(onPage("<style>:focus { outline: 0 }</style><button>Go</button>"))
        .failed("button", "no-indicator").andNoOtherTargets();
    assertThat(onPage("<style>a { outline: none }</style><a href=/>Home</a>"))
        .failed("a", "no-indicator").andNoOtherTargets();
  }

  @Test
  void readsLinkedStyleSheets() {
    assertThat(audit(rule, Fixture.page("<link rel=stylesheet href=s.css><a class=x href=/>Home</a>",
        Map.of("s.css", ".x:focus { outline: none }"))))
        .failed("a", "no-indicator").andNoOtherTargets();
  }

  @Test
  void cannotTellWhenAnotherStyleOrAScriptMayShowFocus() {
    assertThat(onPage("<style>a:focus { outline: none; box-shadow: 0 0 0 3px navy }</style><a href=/>Home</a>"))
        .cantTell("a", "unknown-indicator").andNoOtherTargets();
    assertThat(onPage("<style>a:focus { outline: none } a:focus-visible { border: 2px solid }</style><a href=/>Home</a>"))
        .cantTell("a", "unknown-indicator").andNoOtherTargets();
    assertThat(onPage("<style>a:focus { outline: none }</style><a href=/ onfocus='mark(this)'>Home</a>"))
        .cantTell("a", "unknown-indicator").andNoOtherTargets();
    assertThat(onPage("<style>li:focus-within { background: yellow } a:focus { outline: none }</style>"
        + "<ul><li><a href=/>Home</a></li></ul>")).cantTell("a", "unknown-indicator").andNoOtherTargets();
  }

  @Test
  void elementsLeftUndecidedByAnUnreadSheetAreOneFindingOnThatSheet() {
    // the sheet may remove the outline of any of them
    assertThat(onPage("<link rel=stylesheet href=gone.css><a href=/>Home</a><button>Go</button>"))
        .cantTell("link", "unread-sheets").andNoOtherTargets();
    // a removal the page shows with no alternative: the unread sheet may hold one
    assertThat(onPage("<link rel=stylesheet href=gone.css><style>a:focus { outline: none }</style><a href=/>Home</a>"))
        .cantTell("a", "unknown-indicator").andNoOtherTargets();
  }

  @Test
  void saysWhenARuleStaticAnalysisCannotEvaluateMayRemoveTheOutline() {
    assertThat(onPage("<style>@media (prefers-reduced-data: reduce) { a { outline: none } }</style><a href=/>Home</a>"))
        .cantTell("a", "unknown-outline").andNoOtherTargets();
  }

  @Test
  void ignoresRulesForMouseFocusOnly() {
    assertThat(onPage("<style>a:focus:not(:focus-visible) { outline: none }</style><a href=/>Home</a>"))
        .passed("a").andNoOtherTargets();
  }

  @Test
  void inapplicableWithoutSequentialFocus() {
    assertThat(onPage("<span>Text</span><a tabindex=-1 href=/>Home</a>")).inapplicable();
  }
}
