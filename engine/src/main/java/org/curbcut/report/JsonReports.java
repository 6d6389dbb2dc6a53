package org.curbcut.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.curbcut.audit.AuditReport;

/**
 * The JSON-based reports (json, sarif, earl) as trees, built from the audit's objects, for a
 * report that extends one (the repair reports): {@link ReportFormat} writes the same trees.
 *
 * <pre>{@code
 * ObjectNode sarif = JsonReports.sarif(report, new JsonExtension() {
 *   public void finding(PageReport page, Finding f, ObjectNode result) { ... }
 * });
 * JsonReports.write(sarif, writer);
 * }</pre>
 */
public final class JsonReports {
  private JsonReports() {}

  /** Curbcut's JSON report (docs/report-schema.md), cantTell findings counted per rule. */
  public static ObjectNode json(AuditReport report, JsonExtension extension) {
    return json(report, extension, ReportOptions.defaults());
  }

  /** Curbcut's JSON report (docs/report-schema.md), cantTell findings listed when the options say so. */
  public static ObjectNode json(AuditReport report, JsonExtension extension, ReportOptions options) {
    return new JsonReport(extension, options).build(ReportModel.of(report));
  }

  /** The SARIF 2.1.0 report. */
  public static ObjectNode sarif(AuditReport report, JsonExtension extension) {
    return new SarifReport(extension).build(ReportModel.of(report));
  }

  /** The EARL 1.0 (JSON-LD) report. */
  public static ObjectNode earl(AuditReport report, JsonExtension extension) {
    return new EarlReport(extension).build(ReportModel.of(report));
  }

  /** Writes a tree as the formats do (pretty-printed, a final newline) and flushes; the writer stays open. */
  public static void write(JsonNode tree, Writer out) throws IOException {
    JsonSupport.write(tree, out);
  }
}
