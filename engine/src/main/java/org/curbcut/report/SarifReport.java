package org.curbcut.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.curbcut.audit.Finding;
import org.curbcut.report.ReportModel.PageModel;
import org.curbcut.report.ReportModel.RuleInfo;
import org.curbcut.rules.Outcome;
import org.curbcut.internal.standards.Wcag;

/**
 * SARIF 2.1.0 (OASIS), for code-scanning dashboards. One run; the driver lists every rule that
 * ran. A failed finding is a result of level {@code error}; a cantTell finding is a result of
 * level {@code warning} whose message starts with "Needs a person:" and whose property
 * {@code outcome} is {@code cantTell} (SARIF's own {@code kind: "review"} would force level
 * {@code none}, which dashboards hide). Pages that could not be read are tool execution
 * notifications; so are pages whose audit stopped at its time limit (or was cancelled), which also
 * make the invocation's {@code executionSuccessful} false.
 */
final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";

  private final JsonExtension extension;

  SarifReport() {
    this(JsonExtension.NONE);
  }

  SarifReport(JsonExtension extension) {
    this.extension = extension;
  }

  void write(ReportModel m, Writer w) throws IOException {
    JsonSupport.write(build(m), w);
  }

  ObjectNode build(ReportModel m) {
    var r = m.report;
    ObjectNode root = JsonSupport.MAPPER.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();

    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", r.toolName());
    driver.put("fullName", Messages.get("tool.displayName") + " " + r.toolVersion());
    driver.put("version", r.toolVersion());
    driver.put("semanticVersion", r.toolVersion());
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> index = new HashMap<>();
    List<RuleInfo> infos = new ArrayList<>(m.rules.values());
    for (int i = 0; i < infos.size(); i++) {
      index.put(infos.get(i).id(), i);
      rules.add(rule(infos.get(i)));
    }

    ObjectNode invocation = run.putArray("invocations").addObject();
    // a page whose audit stopped at its time limit was not analysed completely
    invocation.put("executionSuccessful", m.stoppedPages() == 0);
    if (r.started() != null) invocation.put("startTimeUtc", r.started().toString());
    ArrayNode notes = invocation.putArray("toolExecutionNotifications");
    for (PageModel p : m.pages) {
      if (!p.unread()) continue;
      ObjectNode n = notes.addObject();
      n.put("level", "error");
      n.putObject("message").put("text", Messages.get("page.unread", p.page().error()));
      n.putArray("locations").addObject().putObject("physicalLocation").set("artifactLocation", artifact(p.source()));
    }
    for (PageModel p : m.pages) {
      if (!p.stopped()) continue;
      ObjectNode n = notes.addObject();
      n.put("level", "error");
      n.putObject("message").put("text", p.stoppedMessage());
      n.putArray("locations").addObject().putObject("physicalLocation").set("artifactLocation", artifact(p.source()));
      ObjectNode props = n.putObject("properties");
      props.put("incomplete", p.page().incomplete().reason().id());
      props.set("rulesNotRun", JsonSupport.strings(p.notRun()));
    }

    ObjectNode props = run.putObject("properties");
    props.put("wcagVersion", "2.1");
    props.put("level", r.level().label());
    props.put("notice", Messages.get("notice.scope"));
    props.put("pagesIncomplete", m.stoppedPages());

    ArrayNode results = run.putArray("results");
    for (PageModel p : m.pages) {
      for (Finding f : p.page().findings()) {
        ObjectNode result = result(f, p.source(), index.getOrDefault(f.rule(), -1));
        extension.finding(p.page(), f, result);
        results.add(result);
      }
    }
    return root;
  }

  private static ObjectNode rule(RuleInfo info) {
    ObjectNode n = JsonSupport.MAPPER.createObjectNode();
    n.put("id", info.id());
    n.put("name", camel(info.id()));
    n.putObject("shortDescription").put("text", info.description());
    if (!info.help().isBlank()) n.putObject("help").put("text", info.help());
    info.helpUrl().ifPresent(u -> n.put("helpUri", u));
    n.putObject("defaultConfiguration").put("level", "error");
    ObjectNode props = n.putObject("properties");
    ArrayNode tags = props.putArray("tags");
    tags.add("accessibility");
    for (String sc : info.wcag()) tags.add("wcag" + sc.replace(".", ""));
    tags.add(info.level() == org.curbcut.rules.Level.BEST_PRACTICE ? "best-practice" : "wcag-" + info.level().label().toLowerCase(Locale.ROOT));
    for (String act : info.act()) tags.add("act-" + act);
    props.set("wcag", JsonSupport.strings(info.wcag()));
    ArrayNode criteria = props.putArray("wcagCriteria");
    for (String sc : info.wcag()) {
      ObjectNode c = criteria.addObject();
      c.put("number", sc);
      Wcag.get().criterion(sc).ifPresent(k -> {
        c.put("title", k.title());
        c.put("level", k.level());
        c.put("url", k.understandingUrl());
      });
    }
    props.set("act", JsonSupport.strings(info.act()));
    ArrayNode actUrls = props.putArray("actRules");
    for (String act : info.act()) actUrls.add(ReportModel.actUrl(act));
    props.put("level", info.level().label());
    props.put("impact", info.impact().label());
    props.put("precision", "high");
    props.put("problem.severity", "error");
    return n;
  }

  private static ObjectNode result(Finding f, String source, int ruleIndex) {
    ObjectNode n = JsonSupport.MAPPER.createObjectNode();
    n.put("ruleId", f.rule());
    if (ruleIndex >= 0) n.put("ruleIndex", ruleIndex);
    boolean failed = f.outcome() == Outcome.FAILED;
    n.put("level", failed ? "error" : "warning");
    String message = f.message() == null ? "" : f.message();
    n.putObject("message").put("text", failed ? message : Messages.get("sarif.cantTell.prefix") + " " + message);
    ObjectNode location = n.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    physical.set("artifactLocation", artifact(source));
    boolean hasSnippet = f.snippet() != null && !f.snippet().isEmpty();
    if (f.line() > 0) { // an unknown position has no region: the result is about the whole artifact
      ObjectNode region = physical.putObject("region");
      region.put("startLine", f.line());
      if (f.column() > 0) region.put("startColumn", f.column());
      if (hasSnippet) region.putObject("snippet").put("text", f.snippet());
    }
    ObjectNode logical = location.putArray("logicalLocations").addObject();
    logical.put("fullyQualifiedName", f.selector());
    logical.put("kind", "element");
    n.putObject("partialFingerprints").put("curbcutSelector/v1", f.rule() + "|" + f.selector());
    ObjectNode props = n.putObject("properties");
    props.put("outcome", f.outcome().act());
    props.put("selector", f.selector());
    props.put("impact", f.impact().label());
    props.set("wcag", JsonSupport.strings(f.wcag()));
    if (hasSnippet) props.put("snippet", f.snippet());
    return n;
  }

  /** A path or URL as SARIF wants it: an absolute URI, or a relative reference against %SRCROOT%. */
  static ObjectNode artifact(String source) {
    ObjectNode a = JsonSupport.MAPPER.createObjectNode();
    if (source.matches("(?i)[a-z][a-z0-9+.-]+:.*") && !source.matches("(?i)[a-z]:[\\\\/].*")) {
      a.put("uri", source); // a URL (http:, https:, file:) as audited
      return a;
    }
    String slashed = source.replace('\\', '/');
    try {
      Path p = Path.of(source);
      if (p.isAbsolute()) {
        a.put("uri", p.toUri().toString());
        return a;
      }
    } catch (InvalidPathException ignored) {
      // not a path of this system: treat it as a relative reference
    }
    try {
      a.put("uri", new URI(null, null, slashed, null).getRawPath());
    } catch (URISyntaxException e) {
      a.put("uri", slashed);
    }
    a.put("uriBaseId", SRCROOT);
    return a;
  }

  private static String camel(String id) {
    StringBuilder b = new StringBuilder();
    for (String part : id.split("-")) {
      if (part.isEmpty()) continue;
      b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return b.toString();
  }
}
