package org.curbcut.fix.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import org.curbcut.audit.Finding;
import org.curbcut.fix.RepairStatus;
import org.curbcut.report.ReportFormat;
import org.curbcut.rules.Outcome;

/**
 * SARIF 2.1.0 of the ORIGINAL audit (as {@code curbcut audit --format sarif} writes it), so code
 * scanning shows the problems in the site's source; each failed result that was repaired carries a
 * SARIF {@code fixes} entry whose {@code artifactChanges} replace regions of the original file
 * ({@code deletedRegion} in lines and columns, {@code insertedContent}), and every result has
 * {@code properties.repairStatus}: fixed, needs-review, not-repairable (failed results) or
 * not-attempted (cantTell results, which only a person can judge).
 */
final class RepairSarifReport {
  void write(RepairReport r, Writer w) throws IOException {
    Json.write(build(r), w);
  }

  ObjectNode build(RepairReport r) {
    ObjectNode root = Json.audit(ReportFormat.SARIF, r.original());
    ObjectNode run = (ObjectNode) root.get("runs").get(0);
    ObjectNode props = (ObjectNode) run.get("properties");
    props.put("minConfidence", r.minConfidence().label());
    props.put("repairNotice", Messages.get("notice.scope"));
    props.put("repairFixed", r.count(RepairStatus.FIXED_VERIFIED));
    props.put("repairNeedsReview", r.count(RepairStatus.FIXED_NEEDS_REVIEW));
    props.put("repairNotRepairable", r.count(RepairStatus.NOT_REPAIRABLE));
    props.put("failedAfterRepair", r.failedAfter());

    ArrayNode results = (ArrayNode) run.get("results");
    int k = 0;
    for (PageRepair p : r.pages()) {
      Matching matching = new Matching(p);
      for (Finding f : p.before().findings()) {
        ObjectNode result = (ObjectNode) results.get(k++);
        ObjectNode rp = (ObjectNode) result.get("properties");
        if (f.outcome() != Outcome.FAILED) {
          rp.put("repairStatus", "not-attempted");
          continue;
        }
        Optional<RepairItem> item = matching.take(f);
        if (item.isEmpty()) {
          rp.put("repairStatus", RepairStatus.NOT_REPAIRABLE.label());
          continue;
        }
        RepairItem i = item.get();
        rp.put("repairStatus", i.status().label());
        if (!i.repaired()) {
          rp.put("repairReason", i.reason());
          continue;
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
    return root;
  }
}
