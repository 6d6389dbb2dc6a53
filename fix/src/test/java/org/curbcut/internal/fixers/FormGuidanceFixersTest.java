package org.curbcut.internal.fixers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.audit.AuditOptions;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairEngine;
import org.curbcut.fix.RepairOutcome;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.RepairStatus;
import org.curbcut.fix.alt.AltTextPipeline;
import org.curbcut.fix.alt.ContextDescriber;
import org.curbcut.fix.alt.DecorativeDescriber;
import org.curbcut.fix.alt.ImageFetcher;
import org.curbcut.fix.invariants.RepairInvariants;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.junit.jupiter.api.Test;

/** Validation guidance on form fields through the real rule catalogue and the repair engine: one page in, exact text out. */
class FormGuidanceFixersTest {
  private static final String HEAD = "<!doctype html><html lang=en><head><title>T</title></head><body><main>";
  private static final String TAIL = "</main></body></html>";

  private static RepairResult repair(String html, Confidence minimum) {
    AltTextPipeline alt = new AltTextPipeline(List.of(new DecorativeDescriber(), new ContextDescriber()), ImageFetcher.defaults(null));
    RepairEngine engine = new RepairEngine(AuditOptions.defaults(), Fixers.all(alt), minimum);
    RepairResult r = engine.repair(HtmlSnapshot.parse(html, "t.html"), text -> HtmlSnapshot.parse(text, "t.html"));
    assertThat(RepairInvariants.check(r, text -> HtmlSnapshot.parse(text, "t.html"))).isEmpty();
    return r;
  }

  private static RepairResult repair(String html) {
    return repair(html, Confidence.NEEDS_REVIEW);
  }

  private static RepairOutcome outcome(RepairResult r, String rule) {
    return r.outcomes().stream().filter(o -> o.failure().rule().id().equals(rule)).findFirst().orElseThrow();
  }

  @Test
  void linksAVisibleErrorMessageAndMarksTheFieldInvalid() {
    RepairResult r = repair(HEAD + "<form><div class=row><label for=pc>Postcode</label> <input id=pc name=postcode value=HL1>"
        + " <div class=field-error>Enter your full postcode, for example HL1 4AB.</div></div></form>" + TAIL);
    assertThat(r.repairedText()).contains("<input id=pc name=postcode value=HL1 aria-describedby=\"curbcut-error-postcode\" aria-invalid=\"true\">"
        + " <div class=field-error id=\"curbcut-error-postcode\">Enter your full postcode");
    RepairOutcome o = outcome(r, "error-message-linked");
    assertThat(o.status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(o.repair().confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(o.repair().provenance()).isEqualTo("error message taken from the visible text after the field (class field-error)");
    assertThat(o.repair().change()).isEqualTo("pointed aria-describedby at the visible error message "
        + "\"Enter your full postcode, for example HL1 4AB.\" and set aria-invalid=\"true\"");
    assertThat(r.newFailures()).isEmpty();
  }

  @Test
  void appendsTheMessagesOwnIdToExistingDescriptions() {
    RepairResult r = repair(HEAD + "<form><p><label for=e>Email</label> <input id=e name=email aria-describedby='e-hint' aria-invalid='true'>"
        + " <span id=e-hint>We never share it.</span> <span class='error' id='e-err' role=alert>That address has no @.</span></p></form>" + TAIL);
    assertThat(r.repairedText()).contains("<input id=e name=email aria-describedby='e-hint e-err' aria-invalid='true'>"
        + " <span id=e-hint>We never share it.</span> <span class='error' id='e-err' role=alert>");
    assertThat(outcome(r, "error-message-linked").status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(outcome(r, "error-message-linked").repair().change()).isEqualTo("pointed aria-describedby at the visible error message \"That address has no @.\"");
  }

  @Test
  void leavesMessagesAloneThatAreNotShown() {
    String page = HEAD + "<form><div><label for=n>Name</label> <input id=n name=n> <span class=error style='display:none'>Required</span></div></form>" + TAIL;
    RepairResult r = repair(page);
    assertThat(r.outcomes()).noneMatch(o -> o.failure().rule().id().equals("error-message-linked"));
    assertThat(r.repairedText()).isEqualTo(page);
  }

  @Test
  void describesAMaxlengthInAHint() {
    RepairResult r = repair(HEAD + "<form><label for=s>What happened?</label><textarea id=s name=story maxlength=500></textarea></form>" + TAIL);
    assertThat(r.repairedText()).contains("<textarea id=s name=story maxlength=500 aria-describedby=\"curbcut-hint-story\"></textarea>"
        + " <span id=\"curbcut-hint-story\" class=\"curbcut-hint\">Up to 500 characters.</span>");
    RepairOutcome o = outcome(r, "constraint-has-hint");
    assertThat(o.status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(o.repair().confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(o.repair().provenance()).isEqualTo("the hint puts the field's maxlength=\"500\" into words");
  }

  @Test
  void describesRangesOfNumbersDatesAndTimes() {
    assertThat(repair(HEAD + "<form><label>Sessions <input type=number name=n min=1 max=10></label></form>" + TAIL).repairedText())
        .contains("<span id=\"curbcut-hint-n\" class=\"curbcut-hint\">A number from 1 to 10.</span>");
    assertThat(repair(HEAD + "<form><label>Start <input type=date name=d min=2026-01-01></label></form>" + TAIL).repairedText())
        .contains(">A date on or after 2026-01-01.</span>");
    assertThat(repair(HEAD + "<form><label>Arrive by <input type=time name=t max=17:30></label></form>" + TAIL).repairedText())
        .contains(">A time on or before 17:30.</span>");
    assertThat(repair(HEAD + "<form><label>Guests <input type=number name=g max=8></label></form>" + TAIL).repairedText())
        .contains(">A number of at most 8.</span>");
  }

  @Test
  void aPatternAndALimitGetOneHintAndOneDescribedBy() {
    RepairResult r = repair(HEAD + "<form><label for=z>ZIP code</label><input id=z name=zip pattern='\\d{5}' maxlength=5></form>" + TAIL);
    assertThat(r.repairedText()).contains("<input id=z name=zip pattern='\\d{5}' maxlength=5 aria-describedby=\"curbcut-hint-zip\">"
        + " <span id=\"curbcut-hint-zip\" class=\"curbcut-hint\">Format: 5 digits. Up to 5 characters.</span></form>");
    assertThat(r.repairedText().split("curbcut-hint\"", -1)).hasSize(2);
    assertThat(outcome(r, "pattern-has-hint").status()).isEqualTo(RepairStatus.FIXED_NEEDS_REVIEW);
    assertThat(outcome(r, "constraint-has-hint").status()).isEqualTo(RepairStatus.FIXED_NEEDS_REVIEW);
    assertThat(outcome(r, "constraint-has-hint").repair().provenance())
        .isEqualTo("the hint puts the field's pattern \\d{5}, maxlength=\"5\" into words");
    assertThat(r.newFailures()).isEmpty();
  }

  @Test
  void theRepairsOfOneFieldStandOrFallTogether() {
    String page = HEAD + "<form><label for=z>ZIP code</label><input id=z name=zip pattern='\\d{5}' maxlength=5></form>" + TAIL;
    RepairResult r = repair(page, Confidence.LIKELY);
    assertThat(r.repairedText()).isEqualTo(page);
    assertThat(outcome(r, "constraint-has-hint").status()).isEqualTo(RepairStatus.NOT_REPAIRABLE);
    assertThat(outcome(r, "constraint-has-hint").reason()).contains("--min-confidence");
  }

  @Test
  void anErrorMessageAndALimitShareTheDescription() {
    RepairResult r = repair(HEAD + "<form><div class=row><label for=m>Message</label><textarea id=m name=msg maxlength=300>Hi</textarea>"
        + "<p class='help-block-error'>Tell us a bit more.</p></div></form>" + TAIL);
    assertThat(r.repairedText()).contains("<textarea id=m name=msg maxlength=300 aria-describedby=\"curbcut-error-msg curbcut-hint-msg\""
        + " aria-invalid=\"true\">Hi</textarea> <span id=\"curbcut-hint-msg\" class=\"curbcut-hint\">Up to 300 characters.</span>"
        + "<p class='help-block-error' id=\"curbcut-error-msg\">Tell us a bit more.</p>");
    assertThat(outcome(r, "error-message-linked").status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(outcome(r, "constraint-has-hint").status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(r.newFailures()).isEmpty();
  }

  @Test
  void thePlanHoldsOnlyWhatTheAuditFound() {
    // the same field, audited by constraint-has-hint alone: the plan is made from the audit's
    // failures, so it adds the hint and leaves the error message (which no rule of this audit
    // reported) alone
    AltTextPipeline alt = new AltTextPipeline(List.of(new DecorativeDescriber(), new ContextDescriber()), ImageFetcher.defaults(null));
    RepairEngine engine = new RepairEngine(new AuditOptions(org.curbcut.rules.Level.AA, List.of("constraint-has-hint"), List.of(),
        List.of()), Fixers.all(alt), Confidence.NEEDS_REVIEW);
    String page = HEAD + "<form><div class=row><label for=m>Message</label><textarea id=m name=msg maxlength=300>Hi</textarea>"
        + "<p class='help-block-error'>Tell us a bit more.</p></div></form>" + TAIL;
    RepairResult r = engine.repair(HtmlSnapshot.parse(page, "t.html"), text -> HtmlSnapshot.parse(text, "t.html"));
    assertThat(r.repairedText()).contains("<textarea id=m name=msg maxlength=300 aria-describedby=\"curbcut-hint-msg\">Hi</textarea>"
        + " <span id=\"curbcut-hint-msg\" class=\"curbcut-hint\">Up to 300 characters.</span><p class='help-block-error'>");
    assertThat(outcome(r, "constraint-has-hint").status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
  }

  @Test
  void addsNoHintWhereTheTextBesideTheFieldGivesTheLimitsAlready() {
    // "(0-120)" says the range in a way the rule does not read; "A number from 0 to 120." would repeat it
    RepairResult r = repair(HEAD + "<form><table><tr><td>Age (0-120)</td><td><input type=number name=age min=0 max=120 "
        + "aria-label=Age></td></tr></table></form>" + TAIL);
    RepairOutcome o = outcome(r, "constraint-has-hint");
    assertThat(o.status()).isEqualTo(RepairStatus.NOT_REPAIRABLE);
    assertThat(o.reason()).startsWith("The text next to the field seems to give its limits already");
    assertThat(r.repairedText()).doesNotContain("curbcut-hint");
    // a number that only resembles a limit (120 in 1200) is no mention
    assertThat(repair(HEAD + "<form><label>Donation, up to 1200 people helped <input type=number name=d min=0 max=120></label></form>"
        + TAIL).repairedText()).contains(">A number from 0 to 120.</span>");
  }
}
