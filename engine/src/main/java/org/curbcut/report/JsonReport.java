package org.curbcut.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.curbcut.audit.Finding;
import org.curbcut.report.ReportModel.PageModel;
import org.curbcut.report.ReportModel.RuleInfo;
import org.curbcut.report.ReportModel.RuleRun;
import org.curbcut.rules.Outcome;

/**
 * The machine-readable report. Its shape is documented in {@code docs/report-schema.md} and in
 * the JSON Schema {@code org/curbcut/report/report.schema.json}; field names are stable.
 */
final class JsonReport {
  /** Bumped on every incompatible change of the shape (a field removed, renamed or retyped). */
  static final int SCHEMA_VERSION = 2;

  private final JsonExtension extension;
  private final boolean cantTellListed;

  JsonReport(ReportOptions options) {
    this(JsonExtension.NONE, options);
  }

  JsonReport(JsonExtension extension, ReportOptions options) {
    this.extension = extension;
    this.cantTellListed = options.cantTellListed();
  }

  void write(ReportModel m, Writer w) throws IOException {
    JsonSupport.write(build(m), w);
  }

  ObjectNode build(ReportModel m) {
    var r = m.report;
    ObjectNode root = JsonSupport.MAPPER.createObjectNode();
    ObjectNode tool = root.putObject("tool");
    tool.put("name", r.toolName());
    tool.put("version", r.toolVersion());
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("wcagVersion", "2.1");
    root.put("level", r.level().label());
    if (r.started() != null) root.put("started", r.started().toString());
    root.put("notice", Messages.get("notice.scope"));
    // cantTell findings are most of a real page's findings: listed on request, else counted per rule
    root.put("cantTellFindings", cantTellListed ? "listed" : "counted");

    ObjectNode summary = root.putObject("summary");
    summary.put("pages", m.pages.size());
    summary.put("pagesNotRead", m.unreadPages());
    summary.put("pagesIncomplete", m.stoppedPages());
    summary.put("rulesRun", m.rules.size());
    counts(summary.putObject("rules"), m.ruleCounts());
    ObjectNode fc = summary.putObject("findings");
    fc.put("failed", m.findings(Outcome.FAILED));
    fc.put("cantTell", m.findings(Outcome.CANT_TELL));

    ArrayNode rules = root.putArray("rules");
    for (RuleInfo info : m.rules.values()) rules.add(rule(info));

    ArrayNode pages = root.putArray("pages");
    for (PageModel p : m.pages) pages.add(page(p));
    return root;
  }

  private static ObjectNode rule(RuleInfo info) {
    ObjectNode n = JsonSupport.MAPPER.createObjectNode();
    n.put("id", info.id());
    n.put("description", info.description());
    n.put("help", info.help());
    n.set("act", JsonSupport.strings(info.act()));
    n.set("wcag", JsonSupport.strings(info.wcag()));
    n.put("level", info.level().label());
    n.put("impact", info.impact().label());
    info.helpUrl().ifPresent(u -> n.put("helpUrl", u));
    return n;
  }

  private ObjectNode page(PageModel p) {
    ObjectNode n = JsonSupport.MAPPER.createObjectNode();
    n.put("source", p.source());
    if (p.unread()) n.put("error", p.page().error());
    if (p.stopped()) {
      ObjectNode inc = n.putObject("incomplete");
      inc.put("reason", p.page().incomplete().reason().id());
      inc.put("message", p.stoppedMessage());
      inc.set("rulesNotRun", JsonSupport.strings(p.notRun()));
    }
    ObjectNode s = n.putObject("summary");
    s.put("rulesRun", p.runs().size());
    counts(s.putObject("rules"), p.ruleCounts());
    ObjectNode fc = s.putObject("findings");
    fc.put("failed", p.findings(Outcome.FAILED).size());
    fc.put("cantTell", p.findings(Outcome.CANT_TELL).size());
    ObjectNode rules = n.putObject("rules");
    for (RuleRun run : p.runs()) rules.put(run.rule().id(), run.outcome().act());
    ObjectNode byRule = n.putObject("cantTellByRule");
    for (Finding f : p.findings(Outcome.CANT_TELL)) {
      byRule.put(f.rule(), byRule.path(f.rule()).asInt(0) + 1);
    }
    ArrayNode findings = n.putArray("findings");
    for (Finding f : p.page().findings()) {
      if (!cantTellListed && f.outcome() == Outcome.CANT_TELL) continue;
      ObjectNode fn = finding(f);
      extension.finding(p.page(), f, fn);
      findings.add(fn);
    }
    extension.page(p.page(), n);
    return n;
  }

  private static ObjectNode finding(Finding f) {
    ObjectNode n = JsonSupport.MAPPER.createObjectNode();
    n.put("rule", f.rule());
    n.set("act", JsonSupport.strings(f.act()));
    n.set("wcag", JsonSupport.strings(f.wcag()));
    n.put("level", f.level().label());
    n.put("impact", f.impact().label());
    n.put("outcome", f.outcome().act());
    n.put("selector", nz(f.selector()));
    n.put("line", f.line());
    n.put("column", f.column());
    n.put("snippet", nz(f.snippet()));
    n.put("message", nz(f.message()));
    n.put("help", nz(f.help()));
    if (f.diagnostic() != null) n.set("diagnostic", JsonSupport.diagnostic(f.diagnostic()));
    return n;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static void counts(ObjectNode n, Map<Outcome, Integer> counts) {
    for (Outcome o : ReportModel.OUTCOME_ORDER) n.put(o.act(), counts.get(o));
  }
}
