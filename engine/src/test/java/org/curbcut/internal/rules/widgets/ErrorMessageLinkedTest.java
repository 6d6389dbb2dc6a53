package org.curbcut.internal.rules.widgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.curbcut.rules.testing.RuleAssertions.assertThat;
import static org.curbcut.rules.testing.RuleAssertions.audit;

import org.curbcut.rules.testing.RuleAudit;
import org.junit.jupiter.api.Test;

class ErrorMessageLinkedTest {
  private final ErrorMessageLinked rule = new ErrorMessageLinked();

  @Test
  void failsAVisibleErrorMessageTheFieldDoesNotReference() {
    RuleAudit a = audit(rule, "<form><div class=row><label for=e>Email</label><input id=e name=email>"
        + "<span class=field-error>Enter an email address like name@example.com</span></div></form>");
    assertThat(a).failed("#e", "unlinked").andNoOtherTargets();
    assertThat(a.message("#e")).contains("\"Enter an email address like name@example.com\"");
  }

  @Test
  void recognisesCommonErrorClassesAndAlerts() {
    assertThat(audit(rule, "<p><label>Name <input name=n></label><span class='help-block-error'>Required</span></p>"))
        .failed("input", "unlinked").andNoOtherTargets();
    assertThat(audit(rule, "<div><input name=n aria-label=Name><div class='invalid-feedback'>Too short</div></div>"))
        .failed("input", "unlinked").andNoOtherTargets();
    assertThat(audit(rule, "<li><input name=n aria-label=Name><em role=alert>Choose a name</em></li>"))
        .failed("input", "unlinked").andNoOtherTargets();
    assertThat(audit(rule, "<form><input name=n aria-label=Name> <small id=n-error>Choose a name</small></form>"))
        .failed("input", "unlinked").andNoOtherTargets();
  }

  @Test
  void passesWhenDescribedByOrErrorMessageReferencesIt() {
    assertThat(audit(rule, "<div><input name=n aria-label=Name aria-describedby='h err'><span id=h>Hint</span>"
        + "<span class=error id=err>Required</span></div>")).passed("input").andNoOtherTargets();
    assertThat(audit(rule, "<div><input name=n aria-label=Name aria-invalid=true aria-errormessage=err>"
        + "<span class=error id=err>Required</span></div>")).passed("input").andNoOtherTargets();
    assertThat(audit(rule, "<div><input name=n aria-label=Name aria-describedby=box>"
        + "<div id=box><span class=error>Required</span></div></div>")).passed("input").andNoOtherTargets();
  }

  @Test
  void errorMessageCountsOnlyWithAriaInvalid() {
    assertThat(audit(rule, "<div><input name=n aria-label=Name aria-errormessage=err>"
        + "<span class=error id=err>Required</span></div>")).failed("input", "unlinked").andNoOtherTargets();
  }

  @Test
  void hiddenMessagesAreInapplicableAndUnknownOnesCantTell() {
    assertThat(audit(rule, "<div><input name=n aria-label=Name><span class=error style='display:none'>Required</span></div>"))
        .inapplicable();
    assertThat(audit(rule, "<div><input name=n aria-label=Name><span class=error hidden>Required</span></div>"))
        .inapplicable();
    assertThat(audit(rule, "<style>.error{display:none}</style><div><input name=n aria-label=Name><span class=error>Required</span></div>"))
        .inapplicable();
    assertThat(audit(rule, "<link rel=stylesheet href=missing.css><div><input name=n aria-label=Name>"
        + "<span class=error>Required</span></div>")).cantTell("input", "maybe-shown").andNoOtherTargets();
  }

  @Test
  void isInapplicableWithoutAMessageNextToTheField() {
    assertThat(audit(rule, "<div><input name=n aria-label=Name><span class=error></span></div>")).inapplicable();
    assertThat(audit(rule, "<div><input name=n aria-label=Name><span class=hint>Letters only</span></div>"))
        .inapplicable();
    assertThat(audit(rule, "<div><label class=error>Name <input name=n></label></div>")).inapplicable();
    assertThat(audit(rule, "<div class=error><input type=submit value=Send><span class=error>Failed</span></div>"))
        .inapplicable();
    assertThat(audit(rule, "<div style='display:none'><input name=n><span class=error>Required</span></div>"))
        .inapplicable();
  }

  @Test
  void aPageBannerIsNotTheMessageOfASearchFieldBesideIt() {
    assertThat(audit(rule, "<div class=top><h2>Clinic</h2><p class=alert-error>Your session expired.</p>"
        + "<input type=search name=q aria-label=Search></div>")).inapplicable();
    assertThat(audit(rule, "<div class=top><a href=/>Home</a> <a href=/a>A</a> <a href=/b>B</a>"
        + "<span class=error>Offline</span><input type=search name=q aria-label=Search></div>")).inapplicable();
  }

  @Test
  void aMessageBetweenTwoFieldsBelongsToTheOneBeforeIt() {
    assertThat(audit(rule, "<form><label for=a>A</label><input id=a><span class=error>A is required</span>"
        + "<label for=b>B</label><input id=b></form>"))
        .failed("#a", "unlinked")
        .inapplicable("#b")
        .andNoOtherTargets();
    // a wrapper with two fields is no field's container: only what follows each field counts
    assertThat(audit(rule, "<div><input id=a aria-label=A><input id=b aria-label=B><span class=error>B is required</span></div>"))
        .inapplicable("#a")
        .failed("#b", "unlinked")
        .andNoOtherTargets();
  }
}
