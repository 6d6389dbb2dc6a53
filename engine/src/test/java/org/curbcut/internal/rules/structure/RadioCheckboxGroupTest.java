package org.curbcut.internal.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.rules.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RadioCheckboxGroupTest {
  private static final RadioCheckboxGroup RULE = new RadioCheckboxGroup();
  private static final String YES_NO = "<label><input type=radio name=q value=y> Yes</label>"
      + "<label><input type=radio name=q value=n> No</label>";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // pass1: a fieldset with its legend; a named radiogroup; a named group of checkboxes
      "<fieldset><legend>Newsletter?</legend>" + YES_NO + "</fieldset>|PASSED",
      "<p id=q>Newsletter?</p><div role=radiogroup aria-labelledby=q>" + YES_NO + "</div>|PASSED",
      "<div role=group aria-label=Topics><input type=checkbox name=t value=a id=a><label for=a>A</label>"
          + "<input type=checkbox name=t value=b id=b><label for=b>B</label></div>|PASSED",
      "<p id=q>Newsletter?</p><input type=radio name=q aria-describedby=q><input type=radio name=q aria-describedby=q>|PASSED",
      // a fieldset without legend is fieldset-legend's finding, not this rule's
      "<fieldset>" + YES_NO + "</fieldset>|PASSED",
      // fail1: choices with no group; fail2: a group without a name
      "<p>Newsletter?</p>" + YES_NO + "|FAILED",
      "<div role=radiogroup>" + YES_NO + "</div>|FAILED",
      "<input type=checkbox name=t value=a><input type=checkbox name=t value=b>|FAILED",
      // the members span two fieldsets: no element groups them all
      "<fieldset><legend>A</legend><input type=radio name=q></fieldset><fieldset><legend>B</legend><input type=radio name=q></fieldset>|FAILED",
      // inapplicable1: a single checkbox or radio; different names; different forms; hidden
      "<label><input type=checkbox name=agree> I agree</label>|INAPPLICABLE",
      "<input type=radio name=a><input type=radio name=b>|INAPPLICABLE",
      "<form><input type=radio name=q></form><form><input type=radio name=q></form>|INAPPLICABLE",
      "<input type=checkbox><input type=checkbox>|INAPPLICABLE",
      "<div hidden>" + YES_NO + "</div>|INAPPLICABLE",
      "<input type=radio name=q role=switch><input type=radio name=q role=switch>|INAPPLICABLE",
      // cantTell1: in a table whose headers may say the question
      "<table><tr><th>Tea</th><td><input type=radio name=q aria-label=Yes></td><td><input type=radio name=q aria-label=No></td></tr></table>|CANT_TELL",
  })
  void checksGroups(String body, Outcome expected) {
    assertThat(Fixtures.outcome(RULE, Fixtures.page(body))).as(body).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void reportsAGroupOnceOnItsFirstMember() {
    var results = Fixtures.results(RULE, Fixtures.page("<p>Size?</p><input type=radio name=s id=first><input type=radio name=s>"
        + "<input type=radio name=s>"));
    assertThat(results).hasSize(1);
    assertThat(results.get(0).target().id()).contains("first");
    assertThat(results.get(0).message()).contains("radio buttons share a name but are not grouped");
  }
}
