package org.curbcut.internal.rules.aria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.internal.rules.aria.RuleFixture.outcome;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AriaAllowedAttrTest {
  private final AriaAllowedAttr rule = new AriaAllowedAttr();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<button aria-pressed=false>b</button>|PASSED",
      "<div aria-busy=true>x</div>|PASSED",
      "<div role=switch aria-checked=false aria-required=true>x</div>|PASSED",
      "<button role=none aria-pressed=false>b</button>|PASSED",
      "<label>P <input type=password aria-required=true></label>|PASSED",
      "<svg role=graphics-object aria-label=c></svg>|PASSED",
      "<button aria-sort=''>b</button>|FAILED",
      "<audio src=a.mp3 controls aria-orientation=horizontal></audio>|FAILED",
      "<a href=x aria-checked=true>x</a>|FAILED",
      "<div role=group>x</div>|INAPPLICABLE",
      "<div role=button aria-sort='' style='display:none'></div>|INAPPLICABLE",
      "<div aria-bogus=x>x</div>|INAPPLICABLE",
      "<style>@media (prefers-reduced-data: reduce) { .u { display: none } }</style><button class=u aria-sort=x>b</button>|CANT_TELL",
  })
  void checksSupportByRole(String html, Outcome expected) {
    assertThat(outcome(rule, html)).as(html).isEqualTo(expected);
  }
}
