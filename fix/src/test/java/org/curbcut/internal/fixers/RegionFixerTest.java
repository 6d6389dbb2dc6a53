package org.curbcut.internal.fixers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.audit.AuditOptions;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairEngine;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.RepairStatus;
import org.curbcut.fix.alt.AltTextPipeline;
import org.curbcut.fix.alt.ImageFetcher;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.junit.jupiter.api.Test;

/** Page-wide landmarks from block names: one banner per page, the best candidate. */
class RegionFixerTest {
  private static RepairResult repair(String html) {
    RepairEngine engine = new RepairEngine(AuditOptions.defaults(),
        Fixers.all(new AltTextPipeline(List.of(), ImageFetcher.defaults(null))), Confidence.NEEDS_REVIEW);
    return engine.repair(HtmlSnapshot.parse(html, "t.html"), text -> HtmlSnapshot.parse(text, "t.html"));
  }

  @Test
  void ofATopBarAndAHeaderOnlyTheHeaderBecomesTheBanner() {
    RepairResult r = repair("<!doctype html><html lang=en><head><title>T</title></head><body>"
        + "<div class=topbar>Call us: 555-0142</div>"
        + "<div class=header><a href=/>Harbour Lane Clinic</a></div>"
        + "<main><h1>Welcome</h1><p>Text.</p></main></body></html>");
    assertThat(r.repairedText()).contains("<div class=header role=\"banner\">").doesNotContain("topbar role=");
    assertThat(r.newFailures()).isEmpty();
    assertThat(r.outcomes()).filteredOn(o -> o.failure().rule().id().equals("region"))
        .extracting(o -> o.status()).contains(RepairStatus.FIXED_VERIFIED, RepairStatus.NOT_REPAIRABLE);
  }

  @Test
  void twoEqualCandidatesAreLeftToAPerson() {
    RepairResult r = repair("<!doctype html><html lang=en><head><title>T</title></head><body>"
        + "<div class=site-header>Clinic</div><div class=page-header>Welcome</div>"
        + "<main><h1>Welcome</h1></main></body></html>");
    assertThat(r.repairedText()).doesNotContain("role=\"banner\"");
  }

  @Test
  void aPageWithoutLandmarksGetsItsHeaderNavigationAndFooterInOneRepair() {
    RepairResult r = repair("<!doctype html><html lang=en><head><title>T</title></head><body>"
        + "<div class=topbar>Call us</div>"
        + "<div class=header><a href=/>Clinic</a><div class=nav><a href=/a>A</a> <a href=/b>B</a> <a href=/c>C</a></div></div>"
        + "<div class=content><h1>Welcome</h1><p>Text.</p></div>"
        + "<div class=footer>Harbour Lane</div></body></html>");
    assertThat(r.repairedText())
        .contains("<div class=header role=\"banner\">")
        .contains("<div class=nav role=\"navigation\">")
        .contains("<div class=footer role=\"contentinfo\">")
        .contains("<div class=content role=\"main\">")
        .doesNotContain("topbar role=");
    var onBody = r.outcomes().stream()
        .filter(o -> o.failure().rule().id().equals("region") && o.failure().target().is("body")).findFirst().orElseThrow();
    assertThat(onBody.status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(onBody.repair().edits()).hasSize(3);
    assertThat(r.newFailures()).isEmpty();
  }

  @Test
  void anEmptyFooterThatAScriptFillsGetsNoLandmark() {
    RepairResult r = repair("<!doctype html><html lang=en><head><title>T</title></head><body>"
        + "<div class=header><a href=/>Clinic</a></div>"
        + "<div class=content><h1>Welcome</h1><p>Text.</p></div>"
        + "<div id=footer> </div><script src=footer.js></script></body></html>");
    assertThat(r.repairedText()).contains("<div class=header role=\"banner\">").contains("<div id=footer> </div>");
    assertThat(r.newFailures()).isEmpty();
  }
}
