package org.curbcut.internal.fixers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.curbcut.audit.AuditOptions;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.Edit;
import org.curbcut.fix.RepairEngine;
import org.curbcut.fix.RepairOutcome;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.RepairStatus;
import org.curbcut.fix.TextPatch;
import org.curbcut.fix.alt.AltTextPipeline;
import org.curbcut.fix.alt.ContextDescriber;
import org.curbcut.fix.alt.DecorativeDescriber;
import org.curbcut.fix.alt.ImageFetcher;
import org.curbcut.fix.invariants.RepairInvariants;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;

/** Duplicate ids, broken ARIA references and skip-link targets, through the real rules and the repair engine. */
class ReferenceFixersTest {
  private static final String HEAD = "<!doctype html><html lang=en><head><title>T</title>";
  private static final String BODY = "</head><body><main>";
  private static final String TAIL = "</main></body></html>";

  private static RepairResult repair(String html) {
    return repair(html, Map.of());
  }

  /** Repairs a page whose linked style sheets are {@code sheets} (any other link cannot be read). */
  private static RepairResult repair(String html, Map<String, String> sheets) {
    AltTextPipeline alt = new AltTextPipeline(List.of(new DecorativeDescriber(), new ContextDescriber()), ImageFetcher.defaults(null));
    RepairEngine engine = new RepairEngine(AuditOptions.defaults(), Fixers.all(alt), Confidence.NEEDS_REVIEW);
    RepairResult r = engine.repair(parse(html, sheets), text -> parse(text, sheets));
    assertThat(RepairInvariants.check(r, text -> parse(text, sheets))).isEmpty();
    assertThat(r.newFailures()).isEmpty();
    return r;
  }

  private static Page parse(String html, Map<String, String> sheets) {
    return HtmlSnapshot.parse(html, "t.html", "", href -> Optional.ofNullable(sheets.get(href)));
  }

  private static RepairOutcome outcome(RepairResult r, String rule) {
    return r.outcomes().stream().filter(o -> o.failure().rule().id().equals(rule)).findFirst().orElseThrow();
  }

  private static List<RepairOutcome> outcomes(RepairResult r, String rule) {
    return r.outcomes().stream().filter(o -> o.failure().rule().id().equals(rule)).toList();
  }

  // duplicate-id ----------------------------------------------------------------------------

  private static final String NEWSLETTERS = "<div class=newsletter id=newsletter>One</div><p>Text</p>"
      + "<div class=newsletter id=newsletter>Two</div>";

  @Test
  void renamesALaterDuplicateIdWhenNoStyleOrScriptCanNotice() {
    RepairResult r = repair(HEAD + "<link rel=stylesheet href=s.css><style>.newsletter{margin:0}</style>" + BODY
        + NEWSLETTERS + "<a href='#newsletter'>Letter</a>" + TAIL, Map.of("s.css", "#other{color:#000} .newsletter{padding:1px}"));
    assertThat(r.repairedText()).contains("<div class=newsletter id=newsletter>One</div><p>Text</p>"
        + "<div class=newsletter id=\"newsletter-2\">Two</div>");
    RepairOutcome o = outcome(r, "duplicate-id");
    assertThat(o.status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(o.repair().confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(o.repair().change()).isEqualTo("gave this later element with id=\"newsletter\" the unique id \"newsletter-2\"");
  }

  @Test
  void eachLaterDuplicateGetsItsOwnFreshIdAndExternalScriptsMakeItADraft() {
    RepairResult r = repair(HEAD + BODY + "<p id=x>1</p><p id=x>2</p><p id=x>3</p><p>x-2 is taken in the text</p>"
        + "<script src=app.js></script>" + TAIL);
    assertThat(r.repairedText()).contains("<p id=x>1</p><p id=\"x-3\">2</p><p id=\"x-4\">3</p>");
    assertThat(outcomes(r, "duplicate-id")).extracting(RepairOutcome::status)
        .containsExactly(RepairStatus.FIXED_NEEDS_REVIEW, RepairStatus.FIXED_NEEDS_REVIEW);
    assertThat(outcomes(r, "duplicate-id").get(0).repair().provenance()).contains("scripts Curbcut cannot read");
  }

  @Test
  void leavesDuplicatesThatStylesOrScriptsMayReachToAPerson() {
    assertNotRenamed(HEAD + "<style>#newsletter{border:1px solid}</style>" + BODY + NEWSLETTERS + TAIL, Map.of(),
        "The page's CSS selects elements by the id #newsletter");
    assertNotRenamed(HEAD + "<style>[id^=news]{border:1px solid}</style>" + BODY + NEWSLETTERS + TAIL, Map.of(),
        "The page's CSS selects elements by the id #newsletter");
    assertNotRenamed(HEAD + "<style>#news\\6c etter{border:1px solid}</style>" + BODY + NEWSLETTERS + TAIL, Map.of(),
        "The page's CSS selects elements by the id #newsletter");
    assertNotRenamed(HEAD + "<link rel=stylesheet href=s.css>" + BODY + NEWSLETTERS + TAIL, Map.of("s.css", "#NEWSLETTER{margin:0}"),
        "The page's CSS selects elements by the id #newsletter");
    assertNotRenamed(HEAD + "<link rel=stylesheet href=missing.css>" + BODY + NEWSLETTERS + TAIL, Map.of(),
        "Not every style sheet of the page could be read");
    assertNotRenamed(HEAD + BODY + NEWSLETTERS + "<script>document.querySelectorAll('#newsletter')</script>" + TAIL, Map.of(),
        "A script or event handler of the page mentions \"newsletter\"");
    assertNotRenamed(HEAD + BODY + NEWSLETTERS + "<button onclick=\"show('newsletter')\">Show</button>" + TAIL, Map.of(),
        "A script or event handler of the page mentions \"newsletter\"");
    assertNotRenamed(HEAD + BODY + NEWSLETTERS + "<button data-bs-target=\"#newsletter\">Show</button>" + TAIL, Map.of(),
        "The page names #newsletter in data-bs-target");
  }

  private static void assertNotRenamed(String html, Map<String, String> sheets, String reason) {
    RepairResult r = repair(html, sheets);
    assertThat(r.repairedText()).doesNotContain("newsletter-2");
    RepairOutcome o = outcome(r, "duplicate-id");
    assertThat(o.status()).isEqualTo(RepairStatus.NOT_REPAIRABLE);
    assertThat(o.reason()).startsWith(reason);
  }

  // aria-valid-idref ------------------------------------------------------------------------

  @Test
  void aRegionLabelledByAMissingIdGetsItsOnlyHeading() {
    RepairResult r = repair(HEAD + BODY + "<div role=region aria-labelledby=related-title><h2>You might also like</h2>"
        + "<p>More</p></div>" + TAIL);
    assertThat(r.repairedText()).contains("<h2 id=\"related-title\">You might also like</h2>");
    RepairOutcome o = outcome(r, "aria-valid-idref");
    assertThat(o.status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(o.repair().provenance()).startsWith("the missing id \"related-title\" given to the only heading (<h2>)");
  }

  @Test
  void whenTheOnlyHeadingHasAnIdTheReferencePointsAtIt() {
    RepairResult r = repair(HEAD + BODY + "<div class=related role=region aria-labelledby=\"related-title\">"
        + "<h2 id=related-heading>You might also like</h2><p>More</p></div>" + TAIL);
    assertThat(r.repairedText()).contains("<div class=related role=region aria-labelledby=\"related-heading\">");
    RepairOutcome o = outcome(r, "aria-valid-idref");
    assertThat(o.status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(o.repair().change()).isEqualTo("repaired the broken reference: aria-labelledby=\"related-heading\"");
  }

  @Test
  void twoHeadingsOrNoneLeaveTheReferenceToAPerson() {
    RepairResult r = repair(HEAD + BODY + "<div role=region aria-labelledby=x><h2>One</h2><h3>Two</h3></div>" + TAIL);
    RepairOutcome o = outcome(r, "aria-valid-idref");
    assertThat(o.status()).isEqualTo(RepairStatus.NOT_REPAIRABLE);
    assertThat(o.reason()).startsWith("No element has the id this refers to (aria-labelledby=\"x\")");
  }

  @Test
  void anIdThatDiffersOnlyInCaseOrDashesIsADraftCorrection() {
    RepairResult r = repair(HEAD + BODY + "<input type=search aria-label=Search aria-describedby=search-help>"
        + "<p id=searchHelp>Type a word from the question.</p>" + TAIL);
    assertThat(r.repairedText()).contains("<input type=search aria-label=Search aria-describedby=\"searchHelp\">");
    RepairOutcome o = outcome(r, "aria-valid-idref");
    assertThat(o.status()).isEqualTo(RepairStatus.FIXED_NEEDS_REVIEW);
    assertThat(o.repair().provenance()).isEqualTo("the missing id \"search-help\" differs only in letter case, \"-\" or \"_\" from the existing id \"searchHelp\"");
  }

  @Test
  void aDescriptionThatExistsNowhereNeedsAPersonWhoWritesIt() {
    RepairResult r = repair(HEAD + BODY + "<input type=search aria-label=Search placeholder='Search the questions' "
        + "aria-describedby=search-help><p id=search_help>One</p><p id=Search-Help>Two</p>" + TAIL);
    RepairOutcome o = outcome(r, "aria-valid-idref");
    assertThat(o.status()).isEqualTo(RepairStatus.NOT_REPAIRABLE);
    assertThat(o.reason()).isEqualTo("No element has the id this refers to (aria-describedby=\"search-help\") and nothing "
        + "in the page says which element was meant. Write the text it should point at with that id next to the element "
        + "(e.g. <p id=\"search-help\">…</p>), or remove the attribute.");
  }

  // skip-link-target ------------------------------------------------------------------------

  private static final String SKIP_PAGE = HEAD + "</head><body><a href=\"#content\" class=skip>Skip to content</a>"
      + "<div class=header><a href=/>Home</a></div><div class=\"content faq\"><h1>Questions</h1><p>Answers.</p></div></body></html>";

  @Test
  void theSkipLinksMissingTargetBecomesTheMainContentAlongsideTheMainLandmark() {
    RepairResult r = repair(SKIP_PAGE);
    // two repairs add an attribute each to the same start tag, at the same place
    assertThat(r.repairedText()).containsAnyOf("<div class=\"content faq\" role=\"main\" id=\"content\">",
        "<div class=\"content faq\" id=\"content\" role=\"main\">");
    assertThat(outcome(r, "skip-link-target").status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(outcome(r, "landmark-one-main").status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(outcome(r, "skip-link-target").repair().provenance())
        .isEqualTo("the skip link points at #content, which did not exist; <div class=\"content faq\"> holds the page's main content");
    assertThat(repair(SKIP_PAGE).repairedText()).isEqualTo(r.repairedText()); // in a stable order
  }

  @Test
  void anExistingMainLandmarkIsTheTargetAndItsOwnIdIsNeverChanged() {
    RepairResult r = repair(HEAD + "</head><body><a href=#main class=skip>Skip to content</a><main><h1>Hi</h1></main></body></html>");
    assertThat(r.repairedText()).contains("<main id=\"main\">");
    assertThat(outcome(r, "skip-link-target").status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    RepairResult kept = repair(HEAD + "</head><body><a href=#main class=skip>Skip to content</a><main id=top-content><h1>Hi</h1></main></body></html>");
    RepairOutcome o = outcome(kept, "skip-link-target");
    assertThat(o.status()).isEqualTo(RepairStatus.NOT_REPAIRABLE);
    assertThat(o.reason()).startsWith("The main content already has the id \"top-content\"");
  }

  // the engine: attribute insertions at one place ---------------------------------------------

  @Test
  void twoInsertionsAtOnePlaceConflictOnlyWhenTheyAddTheSameAttribute() {
    Edit role = Edit.insert(10, " role=\"main\"");
    Edit id = Edit.insert(10, " id=\"content\"");
    Edit otherId = Edit.insert(10, " ID=\"main-content\"");
    assertThat(TextPatch.conflicts(List.of(role), List.of(id))).isFalse();
    assertThat(TextPatch.conflicts(List.of(id), List.of(otherId))).isTrue();
    assertThat(TextPatch.conflicts(List.of(Edit.insert(10, "<span>a</span>")), List.of(Edit.insert(10, "<span>b</span>")))).isFalse();
    assertThat(TextPatch.of(List.of(role, id)).apply("<div class>x</div>")).isEqualTo("<div class role=\"main\" id=\"content\">x</div>");
  }
}
