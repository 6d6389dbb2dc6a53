package org.curbcut.internal.rules.aria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.internal.rules.aria.RuleFixture.outcome;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AriaHiddenFocusTest {
  private final AriaHiddenFocus rule = new AriaHiddenFocus();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<p aria-hidden=true>x</p>|PASSED",
      "<div aria-hidden=true><a href=/ style='display:none'>x</a></div>|PASSED",
      "<input disabled aria-hidden=true>|PASSED",
      "<div aria-hidden=true><button tabindex=-1>b</button></div>|PASSED",
      "<div aria-hidden=true><a href=/ style='position:absolute; top:-999em'>x</a></div>|FAILED",
      "<div aria-hidden=true><input aria-disabled=true></div>|FAILED",
      "<div aria-hidden=true><div aria-hidden=false><button>b</button></div></div>|FAILED",
      "<p tabindex=0 aria-hidden=true>x</p>|FAILED",
      "<details aria-hidden=true><summary>s</summary><p>d</p></details>|FAILED",
      "<div aria-hidden=true id=h><template shadowrootmode=open><button>b</button></template></div>|FAILED",
      "<button tabindex=-1 aria-hidden>b</button>|INAPPLICABLE",
      "<div aria-hidden=yes><a href=/>x</a></div>|INAPPLICABLE",
      "<style>@media (prefers-reduced-data: reduce) { .u { display: none } }</style><div aria-hidden=true><a class=u href=/>x</a></div>|CANT_TELL",
      "<div aria-hidden=true><a href='#' id=s>x</a></div><script>document.getElementById('s').addEventListener('focus', go)</script>|CANT_TELL",
  })
  void checksFocusableContent(String html, Outcome expected) {
    assertThat(outcome(rule, html)).as(html).isEqualTo(expected);
  }
}
