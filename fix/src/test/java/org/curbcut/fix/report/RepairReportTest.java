package org.curbcut.fix.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairEngine;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.RepairStatus;
import org.curbcut.fix.UnifiedDiff;
import org.curbcut.fix.alt.AltTextPipeline;
import org.curbcut.fix.alt.ContextDescriber;
import org.curbcut.fix.alt.DecorativeDescriber;
import org.curbcut.fix.alt.ImageFetcher;
import org.curbcut.internal.fixers.Fixers;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcome;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The repair report writers over one repaired page: each format parses and says how every finding ended. */
class RepairReportTest {
  /** Empty title (repaired from the h1), an icon link (needs review), a tiny spacer image, low contrast (a person). */
  static final String PAGE = "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title></title>\n</head>\n<body>\n<main>\n"
      + "  <h1>Opening hours</h1>\n"
      + "  <a href=\"https://www.facebook.com/clinic\"><i class=\"fa fa-facebook\"></i></a>\n"
      + "  <img src=\"spacer.gif\" width=\"1\" height=\"1\">\n"
      + "  <p style=\"color:#bbb;background-color:#fff\">Faint</p>\n"
      + "</main>\n</body>\n</html>\n";

  static RepairResult result;
  static RepairReport report;

  @BeforeAll
  static void repair() {
    AltTextPipeline alt = new AltTextPipeline(List.of(new DecorativeDescriber(), new ContextDescriber()), ImageFetcher.defaults(null));
    RepairEngine engine = new RepairEngine(AuditOptions.defaults(), Fixers.all(alt), Confidence.NEEDS_REVIEW);
    result = engine.repair(HtmlSnapshot.parse(PAGE, "site/p.html"), t -> HtmlSnapshot.parse(t, "site/p.html"));
    PageRepair page = PageRepair.of(result, "out/p.html", UnifiedDiff.of("site/p.html", PAGE, result.repairedText()), true);
    report = new RepairReport("curbcut", "test", Level.AA, Instant.parse("2026-01-01T00:00:00Z"), Confidence.NEEDS_REVIEW,
        List.of(page, PageRepair.unread("site/gone.html", "no such file or folder")));
  }

  @Test
  void everyFailedFindingEndsInExactlyOneStatus() {
    PageRepair p = report.pages().get(0);
    assertThat(p.repairs()).hasSize((int) p.before().count(Outcome.FAILED));
    assertThat(p.count(RepairStatus.FIXED_VERIFIED)).isPositive();
    assertThat(p.count(RepairStatus.FIXED_NEEDS_REVIEW)).isPositive();
    assertThat(p.count(RepairStatus.NOT_REPAIRABLE)).isPositive();
    assertThat(p.repairs()).filteredOn(RepairItem::repaired).allMatch(i -> i.confidence() != null && !i.edits().isEmpty());
    assertThat(p.repairs()).filteredOn(i -> !i.repaired()).allMatch(i -> !i.reason().isEmpty() && i.edits().isEmpty());
  }

  @Test
  void anInsertionIntoAnEmptyElementShowsTheLineBeforeAndAfter() {
    RepairItem title = item("document-title");
    assertThat(title.before()).isEqualTo("<title></title>");
    assertThat(title.after()).isEqualTo("<title>Opening hours</title>");
    assertThat(title.edits().get(0).startLine()).isEqualTo(4);
    assertThat(title.edits().get(0).startColumn()).isEqualTo(10);
  }

  @Test
  void sarifFixesRebuildTheRepairedText() throws Exception {
    JsonNode root = new ObjectMapper().readTree(RepairReportFormat.SARIF.render(report));
    JsonNode results = root.get("runs").get(0).get("results");
    Set<List<Object>> replacements = new LinkedHashSet<>(); // repairs may share an edit
    int withFixes = 0;
    for (JsonNode r : results) {
      assertThat(r.get("properties").has("repairStatus")).isTrue();
      if (!r.has("fixes")) continue;
      withFixes++;
      for (JsonNode rep : r.get("fixes").get(0).get("artifactChanges").get(0).get("replacements")) {
        JsonNode d = rep.get("deletedRegion");
        replacements.add(List.of(d.get("startLine").asInt(), d.get("startColumn").asInt(), d.get("endLine").asInt(),
            d.get("endColumn").asInt(), rep.get("insertedContent").get("text").asText()));
      }
    }
    assertThat(withFixes).isEqualTo(result.appliedRepairs().size());
    List<List<Object>> sorted = new ArrayList<>(replacements);
    sorted.sort(Comparator.comparing((List<Object> l) -> (Integer) l.get(0)).thenComparing(l -> (Integer) l.get(1)));
    StringBuilder text = new StringBuilder(PAGE);
    SourceText src = new SourceText(PAGE);
    for (int i = sorted.size() - 1; i >= 0; i--) {
      List<Object> l = sorted.get(i);
      int start = offset(src, PAGE, (Integer) l.get(0), (Integer) l.get(1));
      int end = offset(src, PAGE, (Integer) l.get(2), (Integer) l.get(3));
      text.replace(start, end, (String) l.get(4));
    }
    assertThat(text.toString()).isEqualTo(result.repairedText());
  }

  private static int offset(SourceText src, String text, int line, int column) {
    int at = 0;
    for (int l = 1; l < line; l++) at = text.indexOf('\n', at) + 1;
    assertThat(src.line(at + column - 1)).isEqualTo(line);
    return at + column - 1;
  }

  @Test
  void jsonHasTheAuditShapeTheRepairsAndTheShares() throws Exception {
    JsonNode root = new ObjectMapper().readTree(RepairReportFormat.JSON.render(report));
    assertThat(root.get("schemaVersion").asInt()).isEqualTo(2);
    assertThat(root.get("cantTellFindings").asText()).isEqualTo("counted");
    JsonNode page = root.get("pages").get(0);
    assertThat(page.get("afterRepair").has("cantTellByRule")).isTrue();
    assertThat(page.get("findings").size()).isGreaterThanOrEqualTo(page.get("repairs").size());
    assertThat(page.get("output").asText()).isEqualTo("out/p.html");
    JsonNode s = root.get("repairSummary");
    long total = s.get("failedBefore").asLong();
    assertThat(s.get("fixed").asLong() + s.get("needsReview").asLong() + s.get("notRepairable").asLong()).isEqualTo(total);
    assertThat(s.get("sharesPercent").get("fixed").asLong()).isEqualTo(Math.round(100.0 * s.get("fixed").asLong() / total));
    assertThat(root.get("pages").get(1).get("error").asText()).isEqualTo("no such file or folder");
    JsonNode link = null;
    for (JsonNode r : page.get("repairs")) if (r.get("rule").asText().equals("link-name")) link = r;
    assertThat(link).isNotNull();
    assertThat(link.get("status").asText()).isEqualTo("needs-review");
    assertThat(link.get("value").asText()).isEqualTo("Facebook");
    assertThat(link.get("confidence").asText()).isEqualTo("needs-review");
  }

  @Test
  void junitAndEarlParseAndCarryTheRepairs() throws Exception {
    String xml = RepairReportFormat.JUNIT.render(report);
    var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
    assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
    assertThat(xml).contains("repair.needsReview").contains("set aria-label=");
    JsonNode earl = new ObjectMapper().readTree(RepairReportFormat.EARL.render(report));
    assertThat(earl.toString()).contains("Repair of ").contains("needs-review");
  }

  @Test
  void htmlPassesCurbcutsOwnAuditAndTextHasEverySection() {
    String html = RepairReportFormat.HTML.render(report);
    var audit = new Auditor(AuditOptions.defaults()).audit(HtmlSnapshot.parse(html, "report.html"));
    assertThat(audit.findings()).filteredOn(f -> f.outcome() == Outcome.FAILED).isEmpty();
    assertThat(html).contains("&lt;title&gt;Opening hours&lt;/title&gt;");
    String text = RepairReportFormat.TEXT.render(report);
    assertThat(text).contains("Fixed and verified (").contains("Needs your review (1)").contains("Still needs a person (")
        .contains("site/p.html:4:3  document-title  2.4.2 Page Titled (Level A)")
        .contains("      - <title></title>\n      + <title>Opening hours</title>")
        .contains("Could not be repaired: no such file or folder")
        .contains("== Summary ==").contains("It is not a statement that any page conforms");
  }

  @Test
  void oneChangeThatRepairsSeveralElementsIsShownOnce() {
    String page = "<!doctype html><html lang=en><head><title>T</title><style>a:focus{outline:none}</style></head>"
        + "<body><main><p><a href=/a>One</a> <a href=/b>Two</a> <a href=/c>Three</a></p></main></body></html>";
    AltTextPipeline alt = new AltTextPipeline(List.of(new DecorativeDescriber()), ImageFetcher.defaults(null));
    RepairResult r = new RepairEngine(AuditOptions.defaults(), Fixers.all(alt), Confidence.NEEDS_REVIEW)
        .repair(HtmlSnapshot.parse(page, "f.html"), t -> HtmlSnapshot.parse(t, "f.html"));
    PageRepair p = PageRepair.of(r, "out/f.html", UnifiedDiff.of("f.html", page, r.repairedText()), true);
    RepairReport one = new RepairReport("curbcut", "test", Level.AA, Instant.parse("2026-01-01T00:00:00Z"),
        Confidence.NEEDS_REVIEW, List.of(p));
    assertThat(p.repairs()).filteredOn(i -> i.rule().equals("focus-visible")).hasSize(3);
    String text = RepairReportFormat.TEXT.render(one);
    assertThat(text.split("What changed: added a page style", -1)).hasSize(2);
    assertThat(text).contains("The same change also repairs 2 more elements:");
  }

  @Test
  void diffStatsCountChangedLines() {
    assertThat(DiffStats.of("diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +1,2 @@\n-a\n+b\n+c\n")).isEqualTo(new DiffStats(2, 1));
  }

  private static RepairItem item(String rule) {
    return report.pages().get(0).repairs().stream().filter(i -> i.rule().equals(rule)).findFirst().orElseThrow();
  }
}
