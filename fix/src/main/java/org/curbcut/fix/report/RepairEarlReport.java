package org.curbcut.fix.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.curbcut.audit.PageReport;
import org.curbcut.report.JsonExtension;
import org.curbcut.report.JsonReports;

/**
 * EARL 1.0 (JSON-LD) of the RE-AUDIT, as {@code curbcut audit --format earl} writes it; each
 * assertion about a rule that failed before repair adds, to its result's {@code earl:info}, one
 * line per original failure saying how it ended (fixed, needs-review, not-repairable) and what
 * changed or why not. Built from the repair's objects: the engine hands over each assertion as it
 * is made, with the page and rule it is about.
 */
final class RepairEarlReport {
  void write(RepairReport r, Writer w) throws IOException {
    Json.write(build(r), w);
  }

  ObjectNode build(RepairReport r) {
    Map<PageReport, PageRepair> repairs = Json.byPage(r);
    return JsonReports.earl(r.reaudit(), new JsonExtension() {
      @Override
      public void assertion(PageReport page, String rule, ObjectNode node) {
        PageRepair p = repairs.get(page);
        if (p != null) repairInfo(Matching.ofRule(p, rule), node);
      }
    });
  }

  /** One line per original failure of the assertion's rule: how it ended, what changed or why not. */
  private static void repairInfo(List<RepairItem> items, ObjectNode assertion) {
    if (items.isEmpty()) return;
    ObjectNode result = (ObjectNode) assertion.get("earl:result");
    ArrayNode info = result.has("earl:info") && result.get("earl:info").isArray()
        ? (ArrayNode) result.get("earl:info") : result.putArray("earl:info");
    for (RepairItem i : items) {
      String what = i.repaired() ? i.change() + " (" + i.provenance() + ", " + i.confidence().label() + ")" : i.reason();
      info.add(Messages.get("earl.repair.info", i.selector(), i.status().label(), what));
    }
  }
}
