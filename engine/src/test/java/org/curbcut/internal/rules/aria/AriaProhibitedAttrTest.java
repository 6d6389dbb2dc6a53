package org.curbcut.internal.rules.aria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.internal.rules.aria.RuleFixture.outcome;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AriaProhibitedAttrTest {
  private final AriaProhibitedAttr rule = new AriaProhibitedAttr();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<div aria-live=polite>x</div>|PASSED",
      "<a href='#' aria-label=Price>x</a>|PASSED",
      "<div role=heading aria-level=2 aria-braillelabel=b>x</div>|PASSED",
      "<div aria-label=''>x</div>|PASSED",
      "<div aria-label=Price>x</div>|FAILED",
      "<span aria-labelledby=x>y</span><b id=x>z</b>|FAILED",
      "<p aria-braillelabel=b>x</p>|FAILED",
      "<div aria-roledescription=banana>x</div>|FAILED",
      "<h1 role=none aria-brailleroledescription=b>x</h1>|FAILED",
      "<div aria-label=x hidden></div>|INAPPLICABLE",
      "<div>x</div>|INAPPLICABLE",
      "<style>@media (prefers-reduced-data: reduce) { .u { display: none } }</style><div class=u aria-label=x>y</div>|CANT_TELL",
  })
  void checksProhibitedAttributes(String html, Outcome expected) {
    assertThat(outcome(rule, html)).as(html).isEqualTo(expected);
  }
}
