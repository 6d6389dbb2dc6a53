package org.curbcut.fix.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.IdentityHashMap;
import java.util.Map;
import org.curbcut.audit.PageReport;
import org.curbcut.fix.RepairStatus;
import org.curbcut.report.JsonExtension;
import org.curbcut.report.JsonReports;
import org.curbcut.report.ReportOptions;

/**
 * The machine-readable repair report: the audit JSON of the pages as given (same fields as
 * {@code curbcut audit --format json}), and per page {@code output}, {@code changed},
 * {@code diff}, {@code repairs} (one per failed finding: rule, selector, line, column, status
 * fixed|needs-review|not-repairable, change, value, provenance, confidence, reason, before, after,
 * edits), {@code repairSummary} and {@code afterRepair} (the re-audit's summary and findings);
 * at the top, {@code minConfidence} and {@code repairSummary} with counts and shares (percent).
 * Built from the repair's objects: the engine builds the audit trees, this adds to each page.
 */
final class RepairJsonReport {
  private final ReportOptions options;

  /** cantTell findings (of the audit and of the re-audit) listed or counted as the options say. */
  RepairJsonReport(ReportOptions options) {
    this.options = options;
  }

  /** Bumped on every incompatible change of the repair fields. */
  static final int REPAIR_SCHEMA_VERSION = 1;

  void write(RepairReport r, Writer w) throws IOException {
    Json.write(build(r), w);
  }

  ObjectNode build(RepairReport r) {
    Map<PageReport, PageRepair> repairs = Json.byPage(r);
    Map<PageReport, ObjectNode> reaudited = new IdentityHashMap<>();
    JsonReports.json(r.reaudit(), new JsonExtension() {
      @Override
      public void page(PageReport page, ObjectNode node) {
        reaudited.putIfAbsent(page, node);
      }
    }, options);
    ObjectNode root = JsonReports.json(r.original(), new JsonExtension() {
      @Override
      public void page(PageReport page, ObjectNode node) {
        PageRepair p = repairs.get(page);
        if (p != null) repairFields(p, node, reaudited.get(p.after()));
      }
    }, options);
    root.put("repairSchemaVersion", REPAIR_SCHEMA_VERSION);
    root.put("minConfidence", r.minConfidence().label());
    root.put("repairNotice", Messages.get("notice.scope"));
    ObjectNode s = root.putObject("repairSummary");
    s.put("pagesChanged", r.pagesChanged());
    counts(s, r.failedBefore(), r.count(RepairStatus.FIXED_VERIFIED), r.count(RepairStatus.FIXED_NEEDS_REVIEW),
        r.count(RepairStatus.NOT_REPAIRABLE), r.failedAfter(), r.cantTellAfter(), r.newFailures());
    return root;
  }

  /** A page's repair fields, after its audit fields; {@code after} is the re-audit's page object. */
  private static void repairFields(PageRepair p, ObjectNode n, ObjectNode after) {
    n.put("output", p.output());
    n.put("changed", p.changed());
    ObjectNode d = n.putObject("diff");
    d.put("linesAdded", p.diff().linesAdded());
    d.put("linesRemoved", p.diff().linesRemoved());
    ArrayNode repairs = n.putArray("repairs");
    for (RepairItem item : p.repairs()) repairs.add(item(item));
    ObjectNode ps = n.putObject("repairSummary");
    counts(ps, p.repairs().size(), p.count(RepairStatus.FIXED_VERIFIED), p.count(RepairStatus.FIXED_NEEDS_REVIEW),
        p.count(RepairStatus.NOT_REPAIRABLE), p.failedAfter(), p.cantTellAfter(), p.newFailures().size());
    ArrayNode fresh = ps.putArray("newFailureDetails");
    p.newFailures().forEach(fresh::add);
    ObjectNode an = n.putObject("afterRepair");
    an.set("summary", after.get("summary"));
    an.set("rules", after.get("rules"));
    an.set("cantTellByRule", after.get("cantTellByRule"));
    an.set("findings", after.get("findings"));
  }

  private static void counts(ObjectNode s, long before, long fixed, long review, long person, long failedAfter,
                             long cantTellAfter, long fresh) {
    s.put("failedBefore", before);
    s.put("fixed", fixed);
    s.put("needsReview", review);
    s.put("notRepairable", person);
    ObjectNode shares = s.putObject("sharesPercent");
    shares.put("fixed", RepairReport.percent(fixed, before));
    shares.put("needsReview", RepairReport.percent(review, before));
    shares.put("notRepairable", RepairReport.percent(person, before));
    s.put("failedAfter", failedAfter);
    s.put("cantTellAfter", cantTellAfter);
    s.put("newFailures", fresh);
  }

  private static ObjectNode item(RepairItem i) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("rule", i.rule());
    n.set("wcag", strings(i.wcag()));
    n.put("selector", i.selector());
    n.put("line", i.line());
    n.put("column", i.column());
    n.put("status", i.status().label());
    n.put("change", i.change());
    n.put("value", i.value());
    n.put("provenance", i.provenance());
    if (i.confidence() == null) n.putNull("confidence");
    else n.put("confidence", i.confidence().label());
    n.put("reason", i.reason());
    n.put("message", i.message());
    n.put("before", i.before());
    n.put("after", i.after());
    ArrayNode edits = n.putArray("edits");
    for (EditSpan e : i.edits()) {
      ObjectNode x = edits.addObject();
      x.put("startLine", e.startLine());
      x.put("startColumn", e.startColumn());
      x.put("endLine", e.endLine());
      x.put("endColumn", e.endColumn());
      x.put("offset", e.offset());
      x.put("length", e.length());
      x.put("deleted", e.deleted());
      x.put("inserted", e.inserted());
    }
    return n;
  }

  static ArrayNode strings(java.util.List<String> values) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    values.forEach(a::add);
    return a;
  }
}
