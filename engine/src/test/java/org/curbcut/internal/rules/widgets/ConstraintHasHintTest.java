package org.curbcut.internal.rules.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.audit.Auditor;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleResult;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.junit.jupiter.api.Test;

class ConstraintHasHintTest {

  private static List<RuleResult> results(String html) {
    Outcomes out = new Outcomes(new ConstraintHasHint().meta());
    new ConstraintHasHint().evaluate(new RuleContext(HtmlSnapshot.parse(html, "t.html")), out);
    return out.results();
  }

  private static Outcome outcome(String html) {
    return Auditor.pageOutcome(results(html));
  }

  @Test
  void failsALimitNothingMentions() {
    List<RuleResult> r = results("<label>Tell us what happened <textarea name=story maxlength=500></textarea></label>");
    assertThat(r).hasSize(1);
    assertThat(r.get(0).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(r.get(0).message()).contains("maxlength=\"500\"");
    assertThat(outcome("<label>Quantity <input type=number name=q min=1 max=10></label>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome("<label>Start <input type=date name=s min=2026-01-01></label>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome("<label>PIN <input type=password name=p maxlength=4></label>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome("<label>Arrival <input type=time name=t min=09:00 max=17:00></label>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void passesWhenTheNameOrDescriptionMentionsTheLimit() {
    assertThat(outcome("<label>Story (up to 500 characters) <textarea maxlength=500></textarea></label>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome("<label>Story <textarea maxlength=1000 aria-describedby=h></textarea></label><p id=h>Max. 1,000 characters</p>"))
        .isEqualTo(Outcome.PASSED);
    assertThat(outcome("<label>Quantity (1–10) <input type=number min=1 max=10></label>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome("<label>Age (18 or over) <input type=number min=18 max=130></label>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome("<input type=number aria-label=Dose min=0.5 max=2 title='0.5 to 2 ml'>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome("<label>Start (in 2026) <input type=date min=2026-01-01></label>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome("<label>Arrival (9 am to 5 pm) <input type=time min=09:00 max=17:00></label>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome("<input maxlength=20 aria-label=Nickname placeholder='At most 20 letters'>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void aNumberMustAppearAsAWholeNumber() {
    assertThat(outcome("<label>Story (5000 words) <textarea maxlength=500></textarea></label>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome("<label>Story (1500 words) <textarea maxlength=500></textarea></label>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void isInapplicableWhereNoLimitBindsPeople() {
    assertThat(outcome("<label>Email <input type=email maxlength=255></label>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<label>Quantity <input type=number min=0></label>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<label>Volume <input type=range min=0 max=11></label>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<label>Quantity <input type=number min=one></label>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<label>Name <input maxlength=abc></label>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<label>Name <input maxlength=20 readonly></label>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<label>Name <input maxlength=20 disabled></label>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<label>Name <input maxlength=20 style='display:none'></label>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<label>Web site <input type=url></label>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<label>Code <input pattern='\\d{5}'></label>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void mentionsKnowsYearsHoursAndDecimals() {
    assertThat(ConstraintHasHint.mentions("from 1 January 2026", "date", "2026-01-01")).isTrue();
    assertThat(ConstraintHasHint.mentions("between 9 and 5", "time", "09:00")).isTrue();
    assertThat(ConstraintHasHint.mentions("at least 0.5 ml", "number", "0.50")).isTrue();
    assertThat(ConstraintHasHint.mentions("at least -3", "number", "-3")).isTrue();
    assertThat(ConstraintHasHint.mentions("Floor 12", "number", "2")).isFalse();
  }
}
