package org.curbcut.internal.rules.aria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.internal.rules.aria.RuleFixture.outcome;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AriaRequiredAttrTest {
  private final AriaRequiredAttr rule = new AriaRequiredAttr();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<div role=heading aria-level=1>x</div>|PASSED",
      "<div role=checkbox aria-checked=false>x</div>|PASSED",
      "<div role=scrollbar aria-controls=c aria-valuenow=0></div>|PASSED",
      "<div role=separator></div>|PASSED",
      "<div role=combobox aria-expanded=false>x</div>|PASSED",
      "<input type=checkbox role=switch>|PASSED",
      "<div role=heading>x</div>|FAILED",
      "<div role=switch>x</div>|FAILED",
      "<div role=checkbox aria-checked=''>x</div>|FAILED",
      "<div role=separator tabindex=0></div>|FAILED",
      "<input role=combobox aria-controls=l>|FAILED",
      "<div role=combobox aria-expanded=true aria-controls=l>x</div>|PASSED",
      "<div role=combobox aria-expanded=true>x</div>|FAILED",
      "<div>x</div>|INAPPLICABLE",
      "<input type=checkbox role=checkbox>|INAPPLICABLE",
      "<div role=combobox style='display:none'></div>|INAPPLICABLE",
      "<style>@media (prefers-reduced-data: reduce) { .u { display: none } }</style><div class=u role=heading>x</div>|CANT_TELL",
  })
  void checksRequiredStatesAndProperties(String html, Outcome expected) {
    assertThat(outcome(rule, html)).as(html).isEqualTo(expected);
  }
}
