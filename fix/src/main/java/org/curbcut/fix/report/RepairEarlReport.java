package org.curbcut.fix.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.curbcut.report.ReportFormat;

/**
 * EARL 1.0 (JSON-LD) of the RE-AUDIT, as {@code curbcut audit --format earl} writes it; each
 * assertion about a rule that failed before repair adds, to its result's {@code earl:info}, one
 * line per original failure saying how it ended (fixed, needs-review, not-repairable) and what
 * changed or why not.
 */
final class RepairEarlReport {
  void write(RepairReport r, Writer w) throws IOException {
    Json.write(build(r), w);
  }

  ObjectNode build(RepairReport r) {
    ObjectNode root = Json.audit(ReportFormat.EARL, r.reaudit());
    Map<String, PageRepair> bySource = new HashMap<>();
    for (PageRepair p : r.pages()) bySource.putIfAbsent(p.source(), p);
    for (JsonNode n : root.get("@graph")) {
      if (!"earl:Assertion".equals(n.path("@type").asText())) continue;
      PageRepair p = bySource.get(n.path("earl:subject").path("dct:source").asText());
      if (p == null) continue;
      List<RepairItem> items = Matching.ofRule(p, n.path("earl:test").path("dct:identifier").asText());
      if (items.isEmpty()) continue;
      ObjectNode result = (ObjectNode) n.get("earl:result");
      ArrayNode info = result.has("earl:info") && result.get("earl:info").isArray()
          ? (ArrayNode) result.get("earl:info") : result.putArray("earl:info");
      for (RepairItem i : items) {
        String what = i.repaired() ? i.change() + " (" + i.provenance() + ", " + i.confidence().label() + ")" : i.reason();
        info.add(Messages.get("earl.repair.info", i.selector(), i.status().label(), what));
      }
    }
    return root;
  }
}
