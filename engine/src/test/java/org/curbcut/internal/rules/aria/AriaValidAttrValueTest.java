package org.curbcut.internal.rules.aria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.internal.rules.aria.RuleFixture.outcome;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AriaValidAttrValueTest {
  private final AriaValidAttrValue rule = new AriaValidAttrValue();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<div role=textbox aria-required=true></div>|PASSED",
      "<div role=textbox aria-required=TRUE></div>|PASSED",
      "<div role=button aria-expanded=undefined>b</div>|PASSED",
      "<div role=button aria-pressed=mixed>b</div>|PASSED",
      "<div role=textbox aria-errormessage=nowhere></div>|PASSED",
      "<div role=gridcell aria-rowindex=2>x</div>|PASSED",
      "<div role=spinbutton aria-valuenow=1.5 aria-valuemin=-1e3></div>|PASSED",
      "<div role=alert aria-relevant='text removals'></div>|PASSED",
      "<div role=textbox aria-required=undefined></div>|FAILED",
      "<div role=button aria-expanded=collapsed>b</div>|FAILED",
      "<div role=gridcell aria-rowindex=2.5>x</div>|FAILED",
      "<div role=spinbutton aria-valuenow=two></div>|FAILED",
      "<div role=main aria-live=page></div>|FAILED",
      "<div role=alert aria-relevant='text always'></div>|FAILED",
      "<a href=/ aria-current=yes>x</a>|FAILED",
      "<div role=alert aria-live>x</div>|INAPPLICABLE",
      "<div role=button>x</div>|INAPPLICABLE",
      "<div aria-foo=bar>x</div>|INAPPLICABLE",
  })
  void checksValueTypes(String html, Outcome expected) {
    assertThat(outcome(rule, html)).as(html).isEqualTo(expected);
  }
}
