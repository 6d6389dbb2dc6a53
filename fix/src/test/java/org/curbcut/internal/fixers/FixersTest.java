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
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.junit.jupiter.api.Test;

/** Each fixer through the real rule catalogue and the repair engine: one page in, exact text out. */
class FixersTest {
  private static final String HEAD = "<!doctype html><html lang=en><head><title>T</title></head><body><main>";
  private static final String TAIL = "</main></body></html>";

  private static RepairResult repair(String html) {
    AltTextPipeline alt = new AltTextPipeline(List.of(new DecorativeDescriber(), new ContextDescriber()), ImageFetcher.defaults(null));
    RepairEngine engine = new RepairEngine(AuditOptions.defaults(), Fixers.all(alt), Confidence.NEEDS_REVIEW);
    return engine.repair(HtmlSnapshot.parse(html, "t.html"), text -> HtmlSnapshot.parse(text, "t.html"));
  }

  private static RepairOutcome outcome(RepairResult r, String rule) {
    return r.outcomes().stream().filter(o -> o.failure().rule().id().equals(rule)).findFirst().orElseThrow();
  }

  @Test
  void namesASocialIconLinkFromItsIconClassAsADraft() {
    RepairResult r = repair(HEAD + "<a href='https://www.facebook.com/clinic'><i class='fa fa-facebook'></i></a>" + TAIL);
    assertThat(r.repairedText()).contains("<a href='https://www.facebook.com/clinic' aria-label=\"Facebook\"><i class='fa fa-facebook'></i></a>");
    RepairOutcome o = outcome(r, "link-name");
    assertThat(o.status()).isEqualTo(RepairStatus.FIXED_NEEDS_REVIEW);
    assertThat(o.repair().provenance()).isEqualTo("name inferred from the icon class \"fa-facebook\"");
    assertThat(r.newFailures()).isEmpty();
  }

  @Test
  void namesAButtonFromItsTooltipAttribute() {
    RepairResult r = repair(HEAD + "<button data-bs-original-title='Search the site'><svg viewBox='0 0 8 8'><use href='#s'/></svg></button>" + TAIL);
    assertThat(r.repairedText()).contains("<button data-bs-original-title='Search the site' aria-label=\"Search the site\">");
    assertThat(outcome(r, "button-name").status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
  }

  @Test
  void labelsAFieldFromTheTextBeforeIt() {
    RepairResult r = repair(HEAD + "<form><span>Postcode *</span> <input name=pc></form>" + TAIL);
    assertThat(r.repairedText()).contains("<span id=\"curbcut-label-pc\">Postcode *</span> <input name=pc aria-labelledby=\"curbcut-label-pc\">");
    assertThat(outcome(r, "form-field-name").status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
  }

  @Test
  void labelsAFieldFromThePreviousTableCellOrGuessesFromItsName() {
    RepairResult r = repair(HEAD + "<form><table><tr><td>Date of birth:</td><td><input id=dob></td></tr></table>"
        + "<input name=member_number></form>" + TAIL);
    assertThat(r.repairedText()).contains("<td id=\"curbcut-label-dob\">Date of birth:</td><td><input id=dob aria-labelledby=\"curbcut-label-dob\"></td>");
    assertThat(r.repairedText()).contains("<input name=member_number aria-label=\"Member number\">");
    assertThat(r.outcomes()).extracting(RepairOutcome::status)
        .containsExactly(RepairStatus.FIXED_VERIFIED, RepairStatus.FIXED_NEEDS_REVIEW);
  }

  @Test
  void marksRedundantImagesInNamedLinksDecorativeAndLeavesPhotosToAPerson() {
    RepairResult r = repair(HEAD + "<a href=/help><img src=help.png> Help</a><img src=group-photo.jpg>" + TAIL);
    assertThat(r.repairedText()).contains("<img src=help.png alt=\"\">");
    assertThat(r.repairedText()).contains("<img src=group-photo.jpg>");
    assertThat(r.outcomes()).filteredOn(o -> o.failure().target().attrOr("src", "").equals("group-photo.jpg"))
        .extracting(RepairOutcome::status).containsOnly(RepairStatus.NOT_REPAIRABLE);
  }

  @Test
  void detectsTheDocumentLanguageAndTakesTheTitleFromTheMainHeading() {
    String html = "<!doctype html><html><head><meta charset=utf-8></head><body><main><h1>Small steps out of isolation</h1>"
        + "<p>Loneliness can creep up on anyone. Our weekly walking group meets at the clinic every Tuesday morning, "
        + "and nobody has to talk until they want to.</p></main></body></html>";
    RepairResult r = repair(html);
    assertThat(r.repairedText()).startsWith("<!doctype html><html lang=\"en\"><head><meta charset=utf-8>\n<title>Small steps out of isolation</title></head>");
    assertThat(outcome(r, "html-has-lang").status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(outcome(r, "document-title").status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
  }

  @Test
  void framesGetTitlesFromTheirEmbedHost() {
    RepairResult r = repair(HEAD + "<iframe src='https://www.youtube.com/embed/abc'></iframe>" + TAIL);
    assertThat(r.repairedText()).contains("<iframe src='https://www.youtube.com/embed/abc' title=\"YouTube video\">");
    assertThat(outcome(r, "frame-title").status()).isEqualTo(RepairStatus.FIXED_NEEDS_REVIEW);
  }

  @Test
  void clickableDivsBecomeKeyboardOperableButtonsMarkedForTheRuntime() {
    RepairResult r = repair(HEAD + "<div class=faq-q onclick='toggle(this)'>Who can come?</div><div class=faq-a hidden>Anyone.</div>" + TAIL);
    assertThat(r.repairedText()).contains("<div class=faq-q onclick='toggle(this)' role=\"button\" tabindex=\"0\" data-curbcut-activate=\"\" "
        + "aria-controls=\"curbcut-disclosure\" aria-expanded=\"false\" data-curbcut-disclosure=\"\">Who can come?</div>"
        + "<div class=faq-a hidden id=\"curbcut-disclosure\">Anyone.</div>");
    assertThat(outcome(r, "click-target-keyboard").status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(outcome(r, "disclosure-state").status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(r.newFailures()).isEmpty();
  }

  @Test
  void aDropdownOfLinksMarksItsNavigationForTheRuntimesDisclosureNavigationKeys() {
    String nav = "<div class=nav><a href=/>Home</a><div class=dropdown>"
        + "<div class=toggle onclick='toggleMenu(this)'>Groups</div><div class=submenu hidden><a href=/a>A</a><a href=/b>B</a></div>"
        + "</div><a href=/c>C</a></div>";
    RepairResult r = repair(HEAD + nav + TAIL);
    assertThat(r.repairedText()).contains("<div class=nav data-curbcut-widget=\"disclosure-nav\"><a href=/>Home</a>")
        .contains("<div class=toggle onclick='toggleMenu(this)' role=\"button\" tabindex=\"0\" data-curbcut-activate=\"\" "
            + "aria-controls=\"curbcut-disclosure\" aria-expanded=\"false\" data-curbcut-disclosure=\"\">Groups</div>");
    assertThat(outcome(r, "disclosure-state").status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(outcome(r, "disclosure-state").repair().change()).endsWith(
        ", and marked its navigation <div> data-curbcut-widget=\"disclosure-nav\" (the runtime adds Escape to close a dropdown "
            + "and arrow keys among its links)");
    assertThat(r.newFailures()).isEmpty();
    // a disclosure that shows no links, or outside any navigation, is no navigation widget
    assertThat(repair(HEAD + "<div class=nav><div class=toggle onclick='toggleMenu(this)'>More</div><div hidden>Text</div></div>" + TAIL)
        .repairedText()).doesNotContain("data-curbcut-widget");
    assertThat(repair(HEAD + "<div class=toggle onclick='toggleMenu(this)'>More</div><div hidden><a href=/a>A</a></div>" + TAIL)
        .repairedText()).doesNotContain("data-curbcut-widget");
  }

  @Test
  void popupsBecomeDialogsNamedByTheirHeading() {
    RepairResult r = repair(HEAD + "<div class=modal><h2>Free e-book</h2><button onclick=c()>Close</button></div>" + TAIL);
    assertThat(r.repairedText()).contains("<div class=modal role=\"dialog\" aria-modal=\"true\" aria-labelledby=\"curbcut-dialog-title\">"
        + "<h2 id=\"curbcut-dialog-title\">Free e-book</h2>");
    assertThat(outcome(r, "modal-dialog-semantics").status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
  }

  @Test
  void simplePatternsGetAVisibleHintAsADraft() {
    RepairResult r = repair(HEAD + "<form><label>Date of birth <input name=dob pattern='\\d{2}/\\d{2}/\\d{4}'></label></form>" + TAIL);
    assertThat(r.repairedText()).contains("aria-describedby=\"curbcut-hint-dob\"> <span id=\"curbcut-hint-dob\" class=\"curbcut-hint\">"
        + "Format: 2 digits \"/\" 2 digits \"/\" 4 digits</span>");
    assertThat(outcome(r, "pattern-has-hint").status()).isEqualTo(RepairStatus.FIXED_NEEDS_REVIEW);
    assertThat(PatternHintFixer.describe("[A-Z]{2}[0-9]{6}", org.curbcut.fix.PageTexts.forLanguage("en"))).contains("2 capital letters 6 digits");
    assertThat(PatternHintFixer.describe("(a|b)+", org.curbcut.fix.PageTexts.forLanguage("en"))).isEmpty();
  }

  @Test
  void leavesAHiddenDialogThatThePageScriptOpensToTheRuntime() {
    // Bootstrap's closed modal: aria-hidden until its script opens it; a tabindex of -1 on its
    // close button would outlive the opening and keep the button out of reach
    String modal = "<div class='modal fade' id=m aria-hidden=true><button>Close</button></div>";
    RepairResult scripted = repair(HEAD + "<a href='#m' data-toggle=modal>Open</a>" + modal + "<script src=bootstrap.js></script>" + TAIL);
    assertThat(scripted.changed()).isFalse();
    RepairOutcome o = outcome(scripted, "aria-hidden-focus");
    assertThat(o.status()).isEqualTo(RepairStatus.NOT_REPAIRABLE);
    assertThat(o.reason()).startsWith("The page's scripts may show this hidden content");
    // with no script on the page nothing can reveal it: the repair is made
    RepairResult still = repair(HEAD + modal + TAIL);
    assertThat(still.repairedText()).contains("<button tabindex=\"-1\">Close</button>");
    assertThat(outcome(still, "aria-hidden-focus").status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
  }

  @Test
  void takesAHiddenDuplicateLinkOutOfTheTabOrderOnAScriptedPage() {
    // a card's image link hidden as a duplicate of its title link: nothing about it opens or closes
    RepairResult r = repair(HEAD + "<div class=card><div aria-hidden=true><a href=/story><img src=s.jpg alt=''></a></div>"
        + "<h2><a href=/story>The story</a></h2></div><script>track()</script>" + TAIL);
    assertThat(r.repairedText()).contains("<a href=/story tabindex=\"-1\"><img src=s.jpg alt=''></a>");
    assertThat(outcome(r, "aria-hidden-focus").status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(r.newFailures()).isEmpty();
  }

  @Test
  void setsNoLanguageFromAPageOfMenusOrPlaceholderLatin() {
    RepairResult menus = repair("<!doctype html><html><head><title>TMZ</title></head><body><main><div class=nav>"
        + "Our TV Shows Enter your Zip Code Got a Tip? Call TMZ at (888) 847-9869 or Click Here Celebs Videos Photos "
        + "TMZ SPORTS TMZ TV Store TMZ TOURS HOLLYWOOD NEW YORK</div></main></body></html>");
    assertThat(menus.repairedText()).startsWith("<!doctype html><html><head>");
    assertThat(outcome(menus, "html-has-lang").reason()).startsWith("The page has too little running text");
    RepairResult lorem = repair("<!doctype html><html><head><title>Template</title></head><body><main><p>Lorem ipsum dolor sit "
        + "amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad "
        + "minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.</p></main></body></html>");
    assertThat(lorem.repairedText()).startsWith("<!doctype html><html><head>");
    assertThat(outcome(lorem, "html-has-lang").reason()).startsWith("The page's text is placeholder Latin");
  }
}
