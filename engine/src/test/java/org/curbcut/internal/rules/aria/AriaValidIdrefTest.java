package org.curbcut.internal.rules.aria;

import static org.curbcut.rules.testing.RuleAssertions.assertThat;
import static org.curbcut.rules.testing.RuleAssertions.audit;

import org.curbcut.rules.testing.RuleAuditAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AriaValidIdrefTest {
  private final AriaValidIdref rule = new AriaValidIdref();

  /** Each row: the page, the one element the rule reports (a selector), and what it reports for it. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<span id=l>Name</span><input aria-labelledby=l>|input|passed",
      "<span id=l>Name</span><input aria-labelledby='gone l'>|input|passed",
      "<label for=f>Name</label><input id=f>|label|passed",
      "<input aria-labelledby=gone>|input|failed missing",
      "<label for=nope>Name</label><input>|label|failed missing",
      "<div role=list aria-owns='a b'></div>|div|failed missing",
      "<span id=l>A</span><span id=l>B</span><input aria-labelledby=l>|input|failed duplicate",
      "<label for=f>Name</label><input id=f><input id=f>|label|failed duplicate",
      "<div id=host><template shadowrootmode=open><input aria-labelledby=l></template></div><span id=l>x</span>|input|failed missing",
      "<div role=combobox aria-expanded=false aria-controls=popup></div>|div|cantTell collapsedControls",
  })
  void checksReferences(String html, String target, String expected) {
    RuleAuditAssert a = assertThat(audit(rule, html)).as(html);
    String[] e = expected.split(" ");
    switch (e[0]) {
      case "passed" -> a.passed(target);
      case "failed" -> a.failed(target, e[1]);
      case "cantTell" -> a.cantTell(target, e[1]);
      default -> throw new IllegalArgumentException(expected);
    }
    a.andNoOtherTargets();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<input aria-label=x>",
      "<label>Name <input></label>",
  })
  void isInapplicableWithoutReferences(String html) {
    assertThat(audit(rule, html)).as(html).inapplicable();
  }
}
