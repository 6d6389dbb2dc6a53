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

class ErrorMessageLinkedTest {

  private static List<RuleResult> results(String html) {
    Outcomes out = new Outcomes(new ErrorMessageLinked().meta());
    new ErrorMessageLinked().evaluate(new RuleContext(HtmlSnapshot.parse(html, "t.html")), out);
    return out.results();
  }

  private static Outcome outcome(String html) {
    return Auditor.pageOutcome(results(html));
  }

  @Test
  void failsAVisibleErrorMessageTheFieldDoesNotReference() {
    String html = "<form><div class=row><label for=e>Email</label><input id=e name=email>"
        + "<span class=field-error>Enter an email address like name@example.com</span></div></form>";
    List<RuleResult> r = results(html);
    assertThat(r).hasSize(1);
    assertThat(r.get(0).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(r.get(0).target().attrOr("id", "")).isEqualTo("e");
    assertThat(r.get(0).message()).contains("\"Enter an email address like name@example.com\"");
  }

  @Test
  void recognisesCommonErrorClassesAndAlerts() {
    assertThat(outcome("<p><label>Name <input name=n></label><span class='help-block-error'>Required</span></p>"))
        .isEqualTo(Outcome.FAILED);
    assertThat(outcome("<div><input name=n aria-label=Name><div class='invalid-feedback'>Too short</div></div>"))
        .isEqualTo(Outcome.FAILED);
    assertThat(outcome("<li><input name=n aria-label=Name><em role=alert>Choose a name</em></li>")).isEqualTo(Outcome.FAILED);
    assertThat(outcome("<form><input name=n aria-label=Name> <small id=n-error>Choose a name</small></form>"))
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void passesWhenDescribedByOrErrorMessageReferencesIt() {
    assertThat(outcome("<div><input name=n aria-label=Name aria-describedby='h err'><span id=h>Hint</span>"
        + "<span class=error id=err>Required</span></div>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome("<div><input name=n aria-label=Name aria-invalid=true aria-errormessage=err>"
        + "<span class=error id=err>Required</span></div>")).isEqualTo(Outcome.PASSED);
    assertThat(outcome("<div><input name=n aria-label=Name aria-describedby=box>"
        + "<div id=box><span class=error>Required</span></div></div>")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void errorMessageCountsOnlyWithAriaInvalid() {
    assertThat(outcome("<div><input name=n aria-label=Name aria-errormessage=err>"
        + "<span class=error id=err>Required</span></div>")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void hiddenMessagesAreInapplicableAndUnknownOnesCantTell() {
    assertThat(outcome("<div><input name=n aria-label=Name><span class=error style='display:none'>Required</span></div>"))
        .isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<div><input name=n aria-label=Name><span class=error hidden>Required</span></div>"))
        .isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<style>.error{display:none}</style><div><input name=n aria-label=Name><span class=error>Required</span></div>"))
        .isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<link rel=stylesheet href=missing.css><div><input name=n aria-label=Name>"
        + "<span class=error>Required</span></div>")).isEqualTo(Outcome.CANT_TELL);
  }

  @Test
  void isInapplicableWithoutAMessageNextToTheField() {
    assertThat(outcome("<div><input name=n aria-label=Name><span class=error></span></div>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<div><input name=n aria-label=Name><span class=hint>Letters only</span></div>"))
        .isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<div><label class=error>Name <input name=n></label></div>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<div class=error><input type=submit value=Send><span class=error>Failed</span></div>"))
        .isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<div style='display:none'><input name=n><span class=error>Required</span></div>"))
        .isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void aPageBannerIsNotTheMessageOfASearchFieldBesideIt() {
    assertThat(outcome("<div class=top><h2>Clinic</h2><p class=alert-error>Your session expired.</p>"
        + "<input type=search name=q aria-label=Search></div>")).isEqualTo(Outcome.INAPPLICABLE);
    assertThat(outcome("<div class=top><a href=/>Home</a> <a href=/a>A</a> <a href=/b>B</a>"
        + "<span class=error>Offline</span><input type=search name=q aria-label=Search></div>")).isEqualTo(Outcome.INAPPLICABLE);
  }

  @Test
  void aMessageBetweenTwoFieldsBelongsToTheOneBeforeIt() {
    List<RuleResult> r = results("<form><label for=a>A</label><input id=a><span class=error>A is required</span>"
        + "<label for=b>B</label><input id=b></form>");
    assertThat(r).hasSize(1);
    assertThat(r.get(0).target().attrOr("id", "")).isEqualTo("a");
    // a wrapper with two fields is no field's container: only what follows each field counts
    assertThat(results("<div><input id=a aria-label=A><input id=b aria-label=B><span class=error>B is required</span></div>"))
        .extracting(x -> x.target().attrOr("id", "")).containsExactly("b");
  }
}
