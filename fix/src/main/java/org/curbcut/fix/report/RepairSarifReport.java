package org.curbcut.fix.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.curbcut.audit.Finding;
import org.curbcut.audit.PageReport;
import org.curbcut.fix.RepairStatus;
import org.curbcut.report.JsonExtension;
import org.curbcut.report.JsonReports;
import org.curbcut.rules.Outcome;

/**
 * SARIF 2.1.0 of the ORIGINAL audit (as {@code curbcut audit --format sarif} writes it), so code
 * scanning shows the problems in the site's source; each failed result that was repaired carries a
 * SARIF {@code fixes} entry whose {@code artifactChanges} replace regions of the original file
 * ({@code deletedRegion} in lines and columns, {@code insertedContent}), and every result has
 * {@code properties.repairStatus}: fixed, needs-review, not-repairable (failed results) or
 * not-attempted (cantTell results, which only a person can judge). Built from the repair's
 * objects: the engine builds the SARIF tree and hands over each finding's result as it is made.
 */
final class RepairSarifReport {
  void write(RepairReport r, Writer w) throws IOException {
    Json.write(build(r), w);
  }

  ObjectNode build(RepairReport r) {
    Map<PageReport, PageRepair> repairs = Json.byPage(r);
    Map<PageRepair, Matching> matchings = new IdentityHashMap<>();
    ObjectNode root = JsonReports.sarif(r.original(), new JsonExtension() {
      @Override
      public void finding(PageReport page, Finding f, ObjectNode result) {
        PageRepair p = repairs.get(page);
        if (p != null) repairFields(f, result, matchings.computeIfAbsent(p, Matching::new));
      }
    });
    ObjectNode run = (ObjectNode) root.get("runs").get(0);
    ObjectNode props = (ObjectNode) run.get("properties");
    props.put("minConfidence", r.minConfidence().label());
    props.put("repairNotice", Messages.get("notice.scope"));
    props.put("repairFixed", r.count(RepairStatus.FIXED_VERIFIED));
    props.put("repairNeedsReview", r.count(RepairStatus.FIXED_NEEDS_REVIEW));
    props.put("repairNotRepairable", r.count(RepairStatus.NOT_REPAIRABLE));
    props.put("failedAfterRepair", r.failedAfter());
    return root;
  }

  /** A result's repair status, and for a repaired finding its SARIF fix. */
  private static void repairFields(Finding f, ObjectNode result, Matching matching) {
    ObjectNode rp = (ObjectNode) result.get("properties");
    if (f.outcome() != Outcome.FAILED) {
      rp.put("repairStatus", "not-attempted");
      return;
    }
    Optional<RepairItem> item = matching.take(f);
    if (item.isEmpty()) {
      rp.put("repairStatus", RepairStatus.NOT_REPAIRABLE.label());
      return;
    }
    RepairItem i = item.get();
    rp.put("repairStatus", i.status().label());
    if (!i.repaired()) {
      rp.put("repairReason", i.reason());
      return;
    }
    rp.put("repairConfidence", i.confidence().label());
    rp.put("repairChange", i.change());
    if (!i.value().isEmpty()) rp.put("repairValue", i.value());
    rp.put("repairProvenance", i.provenance());
    JsonNode artifact = result.get("locations").get(0).get("physicalLocation").get("artifactLocation");
    ObjectNode fix = result.putArray("fixes").addObject();
    fix.putObject("description").put("text", Messages.get("sarif.fix.description", i.status().label(), i.change()));
    ObjectNode change = fix.putArray("artifactChanges").addObject();
    change.set("artifactLocation", artifact.deepCopy());
    ArrayNode replacements = change.putArray("replacements");
    for (EditSpan e : i.edits()) {
      ObjectNode rep = replacements.addObject();
      ObjectNode region = rep.putObject("deletedRegion");
      region.put("startLine", e.startLine());
      region.put("startColumn", e.startColumn());
      region.put("endLine", e.endLine());
      region.put("endColumn", e.endColumn());
      rep.putObject("insertedContent").put("text", e.inserted());
    }
  }
}
