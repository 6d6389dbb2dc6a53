package org.curbcut.internal.rules.aria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.internal.rules.aria.RuleFixture.outcome;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AriaValidIdrefTest {
  private final AriaValidIdref rule = new AriaValidIdref();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<span id=l>Name</span><input aria-labelledby=l>|PASSED",
      "<span id=l>Name</span><input aria-labelledby='gone l'>|PASSED",
      "<label for=f>Name</label><input id=f>|PASSED",
      "<input aria-labelledby=gone>|FAILED",
      "<label for=nope>Name</label><input>|FAILED",
      "<div role=list aria-owns='a b'></div>|FAILED",
      "<span id=l>A</span><span id=l>B</span><input aria-labelledby=l>|FAILED",
      "<label for=f>Name</label><input id=f><input id=f>|FAILED",
      "<div id=host><template shadowrootmode=open><input aria-labelledby=l></template></div><span id=l>x</span>|FAILED",
      "<div role=combobox aria-expanded=false aria-controls=popup></div>|CANT_TELL",
      "<input aria-label=x>|INAPPLICABLE",
      "<label>Name <input></label>|INAPPLICABLE",
  })
  void checksReferences(String html, Outcome expected) {
    assertThat(outcome(rule, html)).as(html).isEqualTo(expected);
  }
}
