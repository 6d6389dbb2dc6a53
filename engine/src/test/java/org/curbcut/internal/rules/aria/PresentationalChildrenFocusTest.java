package org.curbcut.internal.rules.aria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.internal.rules.aria.RuleFixture.outcome;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PresentationalChildrenFocusTest {
  private final PresentationalChildrenFocus rule = new PresentationalChildrenFocus();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<button>Save</button>|PASSED",
      "<button><a>no href</a></button>|PASSED",
      "<ul role=menu><li role=menuitemcheckbox aria-checked=true><input type=checkbox role=none disabled> Sort</li></ul>|PASSED",
      "<button>Save <span role=button tabindex=0>v</span></button>|FAILED",
      "<p role=checkbox aria-checked=false tabindex=0>I agree to the <a href=/terms>terms</a></p>|FAILED",
      "<ul role=tablist><li role=tab><a href='#'>Tab</a></li></ul>|FAILED",
      "<span role=img aria-label=art>*** <a href='#'>link</a></span>|FAILED",
      "<table><tr><th><a href='#'>h</a></th></tr></table>|INAPPLICABLE",
      "<a href=x><span tabindex=0>W3C</span></a>|INAPPLICABLE",
      "<style>@media (prefers-reduced-data: reduce) { .u { display: none } }</style><button>x <a class=u href=/>y</a></button>|CANT_TELL",
  })
  void checksDescendants(String html, Outcome expected) {
    assertThat(outcome(rule, html)).as(html).isEqualTo(expected);
  }
}
