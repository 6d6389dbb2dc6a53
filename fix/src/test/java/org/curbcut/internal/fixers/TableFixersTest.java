package org.curbcut.internal.fixers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.audit.PageReport;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairEngine;
import org.curbcut.fix.RepairOutcome;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.RepairStatus;
import org.curbcut.fix.alt.AltTextPipeline;
import org.curbcut.fix.alt.ContextDescriber;
import org.curbcut.fix.alt.DecorativeDescriber;
import org.curbcut.fix.alt.ImageFetcher;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.RuleResult;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.junit.jupiter.api.Test;

/** The table repairs (table-has-headers, th-has-scope) through the real catalogue and the repair engine. */
class TableFixersTest {
  private static final String HEAD = "<!doctype html><html lang=en><head><title>T</title></head><body><main>";
  private static final String TAIL = "</main></body></html>";
  private static final String ROWS = "<tr><td>Monday</td><td>9:00</td></tr><tr><td>Tuesday</td><td>10:00</td></tr>";

  private static RepairResult repair(String html) {
    AltTextPipeline alt = new AltTextPipeline(List.of(new DecorativeDescriber(), new ContextDescriber()), ImageFetcher.defaults(null));
    RepairEngine engine = new RepairEngine(AuditOptions.defaults(), Fixers.all(alt), Confidence.NEEDS_REVIEW);
    return engine.repair(HtmlSnapshot.parse(html, "t.html"), text -> HtmlSnapshot.parse(text, "t.html"));
  }

  private static RepairOutcome outcome(RepairResult r, String rule) {
    return r.outcomes().stream().filter(o -> o.failure().rule().id().equals(rule)).findFirst().orElseThrow();
  }

  /** The outcomes of one rule on the repaired text, audited afresh. */
  private static List<Outcome> reaudit(RepairResult r, String rule) {
    PageReport report = new Auditor(AuditOptions.defaults()).audit(HtmlSnapshot.parse(r.repairedText(), "t.html"));
    return report.results().stream().filter(x -> x.rule().id().equals(rule)).map(RuleResult::outcome).toList();
  }

  @Test
  void makesATheadRowOfTdCellsColumnHeaders() {
    RepairResult r = repair(HEAD + "<table>\n<thead><tr><td>Day</td><td class=t>Opens</td></tr></thead>\n<tbody>" + ROWS + "</tbody></table>" + TAIL);
    assertThat(r.repairedText()).isEqualTo(HEAD + "<table>\n<thead><tr><td role=\"columnheader\">Day</td><td class=t role=\"columnheader\">Opens</td></tr></thead>\n<tbody>"
        + ROWS + "</tbody></table>" + TAIL);
    RepairOutcome o = outcome(r, "table-has-headers");
    assertThat(o.status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(o.repair().confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(o.repair().edits()).hasSize(2);
    assertThat(o.repair().provenance()).isEqualTo("the first row sits in the table's thead, which marks it as the header row");
    assertThat(o.repair().change()).isEqualTo("gave the 2 cells of the first row role=\"columnheader\" (Day | Opens); they stay td cells, so the table looks the same");
    assertThat(r.newFailures()).isEmpty();
    assertThat(reaudit(r, "table-has-headers")).containsExactly(Outcome.PASSED);
    assertThat(reaudit(r, "th-has-data-cells")).containsOnly(Outcome.PASSED);
  }

  @Test
  void aFirstRowOfBoldCellsIsADraftForReviewAndAnEmptyCornerStaysData() {
    RepairResult r = repair(HEAD + "<table><tr><td></td><td><b>Mon</b></td><td><strong>Tue</strong></td></tr>"
        + "<tr><td>Pool</td><td>9-17</td><td>9-12</td></tr><tr><td>Gym</td><td>8-20</td><td>8-18</td></tr></table>" + TAIL);
    assertThat(r.repairedText()).contains("<tr><td></td><td role=\"columnheader\"><b>Mon</b></td><td role=\"columnheader\"><strong>Tue</strong></td></tr>");
    RepairOutcome o = outcome(r, "table-has-headers");
    assertThat(o.status()).isEqualTo(RepairStatus.FIXED_NEEDS_REVIEW);
    assertThat(o.repair().provenance()).contains("bold (b/strong)");
    assertThat(r.newFailures()).isEmpty();
    assertThat(reaudit(r, "table-has-headers")).containsExactly(Outcome.PASSED);
  }

  @Test
  void leavesATableWithoutEvidenceAlone() {
    RepairResult r = repair(HEAD + "<table>" + ROWS + "</table>" + TAIL);
    assertThat(r.repairedText()).isEqualTo(HEAD + "<table>" + ROWS + "</table>" + TAIL);
    assertThat(r.outcomes()).noneMatch(o -> o.failure().rule().id().equals("table-has-headers"));
  }

  @Test
  void scopesFirstRowHeadersBesideAnEmptyCornerWithCertainty() {
    RepairResult r = repair(HEAD + "<table><tr><td></td><th>Mon</th><th>Tue</th></tr><tr><td>Pool</td><td>9-17</td><td>9-12</td></tr></table>" + TAIL);
    assertThat(r.repairedText()).contains("<tr><td></td><th scope=\"col\">Mon</th><th scope=\"col\">Tue</th></tr>");
    assertThat(r.outcomes()).filteredOn(o -> o.failure().rule().id().equals("th-has-scope"))
        .extracting(RepairOutcome::status).containsExactly(RepairStatus.FIXED_VERIFIED, RepairStatus.FIXED_VERIFIED);
    assertThat(outcome(r, "th-has-scope").repair().confidence()).isEqualTo(Confidence.CERTAIN);
    assertThat(r.newFailures()).isEmpty();
    assertThat(reaudit(r, "th-has-scope")).containsOnly(Outcome.PASSED);
    // browsers made them row headers of a row with no data: they headed nothing; now they head their columns
    // the scope repair resolves it, and the outcome says so
    assertThat(outcome(r, "th-has-data-cells").status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(outcome(r, "th-has-data-cells").repair().rule()).isEqualTo("th-has-scope");
    assertThat(reaudit(r, "th-has-data-cells")).containsOnly(Outcome.PASSED);
  }

  @Test
  void scopesTheColumnHeadersOfATwoAxisTableAsLikely() {
    RepairResult r = repair(HEAD + "<table><tr><td></td><th>Mon</th><th>Tue</th></tr>"
        + "<tr><th>Pool</th><td>9-17</td><td>9-12</td></tr><tr><th>Gym</th><td>8-20</td><td>8-18</td></tr></table>" + TAIL);
    assertThat(r.repairedText()).contains("<tr><td></td><th scope=\"col\">Mon</th><th scope=\"col\">Tue</th></tr><tr><th>Pool</th>");
    RepairOutcome o = outcome(r, "th-has-scope");
    assertThat(o.status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(o.repair().confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(o.repair().provenance()).isEqualTo("the header is in the table's first row (or its thead), so it heads its column");
    assertThat(r.newFailures()).isEmpty();
    assertThat(reaudit(r, "th-has-scope")).containsOnly(Outcome.PASSED);
  }

  @Test
  void replacesAnInvalidScopeWhenThePositionDecides() {
    RepairResult r = repair(HEAD + "<table><tr><th scope=column>Day</th><th>Opens</th></tr><tr><td>Mon</td><td>9</td></tr></table>" + TAIL);
    assertThat(r.repairedText()).contains("<tr><th scope=\"col\">Day</th><th>Opens</th></tr>");
    assertThat(outcome(r, "th-has-scope").status()).isEqualTo(RepairStatus.FIXED_VERIFIED);
    assertThat(outcome(r, "th-has-scope").repair().confidence()).isEqualTo(Confidence.CERTAIN);
    assertThat(reaudit(r, "th-has-scope")).containsOnly(Outcome.PASSED);
  }

  @Test
  void leavesAnInvalidScopeToAPersonWhenThePositionDoesNotDecide() {
    String html = HEAD + "<table><tr><th>Name</th><td>Ada</td><th scope=colum>Age</th><td>36</td></tr>"
        + "<tr><th>City</th><td>London</td><th>Job</th><td>Analyst</td></tr></table>" + TAIL;
    RepairResult r = repair(html);
    assertThat(r.repairedText()).isEqualTo(html);
    RepairOutcome o = outcome(r, "th-has-scope");
    assertThat(o.status()).isEqualTo(RepairStatus.NOT_REPAIRABLE);
    assertThat(o.reason()).contains("set scope=\"col\" or scope=\"row\" by hand");
  }
}
