package org.curbcut.internal.rules.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.rules.AttributeValue;
import org.curbcut.rules.ErrorMessage;
import org.curbcut.rules.InputLimits;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleResult;
import org.junit.jupiter.api.Test;

/** What the form and widget rules say they found: the facts the guidance repairs work from. */
class WidgetDiagnosticsTest {

  private static RuleResult only(Rule rule, String html) {
    Outcomes out = new Outcomes(rule.meta());
    rule.evaluate(new RuleContext(HtmlSnapshot.parse(html, "t.html")), out);
    List<RuleResult> r = out.results().stream().filter(x -> x.outcome() != Outcome.PASSED).toList();
    assertThat(r).as(html).hasSize(1);
    return r.get(0);
  }

  @Test
  void constraintHasHintGivesTheLimitsNobodyMentions() {
    RuleResult r = only(new ConstraintHasHint(), "<label>Quantity <input type=number name=q min=' 1' max=10></label>");
    assertThat(r.diagnostic()).contains(new InputLimits("number", null, "1", "10"));
    assertThat(r.message()).contains("min=\"1\" max=\"10\"");
    assertThat(only(new ConstraintHasHint(), "<label>Story <textarea maxlength=0500></textarea></label>").diagnostic())
        .contains(new InputLimits("text", "500", null, null));
  }

  @Test
  void errorMessageLinkedGivesTheMessageElementAndItsText() {
    RuleResult r = only(new ErrorMessageLinked(), "<div><label for=e>Email</label><input id=e>"
        + "<span class=field-error id=m>Enter an\n   email address</span></div>");
    ErrorMessage m = r.diagnostic(ErrorMessage.class).orElseThrow();
    assertThat(m.message().attrOr("id", "")).isEqualTo("m");
    assertThat(m.text()).isEqualTo("Enter an email address");
    assertThat(r.message()).contains("\"Enter an email address\"");
  }

  @Test
  void patternHasHintGivesThePattern() {
    assertThat(only(new PatternHasHint(), "<label>Zip <input name=z pattern='\\d{5}'></label>").diagnostic())
        .contains(new AttributeValue("pattern", "\\d{5}"));
  }

  @Test
  void messagesAboutTheElementItselfNeedNoDiagnostic() {
    RuleResult r = only(new ClickTargetKeyboard(), "<div onclick='go()'>Go</div>");
    assertThat(r.diagnostic()).isEmpty();
    assertThat(r.message()).startsWith("This <div> reacts to mouse clicks");
  }
}
