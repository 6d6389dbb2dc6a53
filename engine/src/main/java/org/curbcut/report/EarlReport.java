package org.curbcut.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.curbcut.report.ReportModel.PageModel;
import org.curbcut.report.ReportModel.RuleInfo;
import org.curbcut.report.ReportModel.RuleRun;
import org.curbcut.report.ReportModel.Target;
import org.curbcut.rules.Outcome;
import org.curbcut.internal.standards.Wcag;

/**
 * EARL 1.0 in JSON-LD, in the shape W3C ACT implementation reports read: an inline
 * {@code @context} and a {@code @graph} of {@code earl:Assertion}s, one per page, rule and ACT
 * rule id (a rule without an ACT id gets one assertion whose test is the Curbcut rule alone).
 * Each assertion carries the page-level ACT outcome of the rule ({@code earl:passed},
 * {@code earl:failed}, {@code earl:cantTell}, {@code earl:inapplicable}) and, for the elements
 * that decided it, one {@code earl:pointer} each (a CSS selector pointer with its source line and
 * column). Pages that could not be read have no assertions. On a page whose audit stopped at its
 * time limit (or was cancelled), each rule that did not run has an assertion with
 * {@code earl:untested} whose {@code earl:info} says why.
 */
final class EarlReport {
  static final String EARL = "http://www.w3.org/ns/earl#";

  private final JsonExtension extension;

  EarlReport() {
    this(JsonExtension.NONE);
  }

  EarlReport(JsonExtension extension) {
    this.extension = extension;
  }

  void write(ReportModel m, Writer w) throws IOException {
    JsonSupport.write(build(m), w);
  }

  ObjectNode build(ReportModel m) {
    var r = m.report;
    ObjectNode root = JsonSupport.MAPPER.createObjectNode();
    ObjectNode ctx = root.putObject("@context");
    ctx.put("earl", EARL);
    ctx.put("WCAG", "https://www.w3.org/TR/WCAG/#");
    ctx.put("WCAG20", "https://www.w3.org/TR/WCAG20/#");
    ctx.put("WCAG21", "https://www.w3.org/TR/WCAG21/#");
    ctx.put("sch", "https://schema.org/");
    ctx.put("dct", "http://purl.org/dc/terms/");
    ctx.put("doap", "http://usefulinc.com/ns/doap#");
    ctx.put("foaf", "http://xmlns.com/foaf/0.1/");
    ctx.put("ptr", "http://www.w3.org/2009/pointers#");
    ctx.put("xsd", "http://www.w3.org/2001/XMLSchema#");

    ObjectNode assertor = JsonSupport.MAPPER.createObjectNode();
    assertor.put("@id", "_:curbcut");
    assertor.set("@type", JsonSupport.strings(List.of("earl:Assertor", "earl:Software", "doap:Project")));
    assertor.put("doap:name", Messages.get("tool.displayName"));
    assertor.put("doap:description", Messages.get("earl.description"));
    assertor.putObject("doap:release").put("doap:revision", r.toolVersion());

    ArrayNode graph = root.putArray("@graph");
    graph.add(assertor);
    for (PageModel p : m.pages) {
      if (p.unread()) continue;
      for (RuleRun run : p.runs()) {
        List<String> acts = run.rule().act().isEmpty() ? java.util.Collections.singletonList(null) : run.rule().act();
        for (String act : acts) {
          ObjectNode a = assertion(m, p, run, act);
          extension.assertion(p.page(), run.rule().id(), a);
          graph.add(a);
        }
      }
      for (String id : p.notRun()) {
        RuleInfo info = m.notRunInfo(id);
        List<String> acts = info.act().isEmpty() ? java.util.Collections.singletonList(null) : info.act();
        for (String act : acts) graph.add(untested(m, p, info, act));
      }
    }
    return root;
  }

  /** A rule that did not run on a page whose audit stopped: {@code earl:untested}, saying why. */
  private ObjectNode untested(ReportModel m, PageModel p, RuleInfo info, String actId) {
    ObjectNode a = head(p, info, actId);
    ObjectNode result = result(m, a, "untested");
    result.set("earl:info", JsonSupport.strings(List.of(Messages.get("earl.notRun", p.stoppedShort()))));
    return a;
  }

  private ObjectNode assertion(ReportModel m, PageModel p, RuleRun run, String actId) {
    ObjectNode a = head(p, run.rule(), actId);
    ObjectNode result = result(m, a, run.outcome().act());
    List<Target> deciding = run.outcome() == Outcome.INAPPLICABLE ? List.of() : run.targets(run.outcome());
    if (!deciding.isEmpty()) {
      ArrayNode pointers = result.putArray("earl:pointer");
      ArrayNode info = JsonSupport.MAPPER.createArrayNode();
      for (Target t : deciding) {
        ObjectNode ptr = pointers.addObject();
        ptr.put("@type", "ptr:CSSSelectorPointer");
        ptr.put("ptr:expression", t.selector());
        if (t.line() > 0) ptr.put("ptr:lineNumber", t.line());
        if (t.column() > 0) ptr.put("ptr:charNumber", t.column());
        if (!t.message().isEmpty()) info.add(t.selector() + ": " + t.message());
      }
      if (!info.isEmpty()) result.set("earl:info", info);
    }
    return a;
  }

  /** An assertion about one rule on one page, without its result. */
  private static ObjectNode head(PageModel p, RuleInfo rule, String actId) {
    ObjectNode a = JsonSupport.MAPPER.createObjectNode();
    a.put("@type", "earl:Assertion");
    a.putObject("earl:assertedBy").put("@id", "_:curbcut");
    a.putObject("earl:mode").put("@id", "earl:automatic");

    ObjectNode subject = a.putObject("earl:subject");
    if (isAbsoluteUrl(p.source())) subject.put("@id", p.source());
    subject.set("@type", JsonSupport.strings(List.of("earl:TestSubject", "sch:WebPage")));
    subject.put("dct:source", p.source());

    ObjectNode test = a.putObject("earl:test");
    if (actId != null) test.put("@id", ReportModel.actUrl(actId));
    test.put("@type", "earl:TestCase");
    test.put("dct:identifier", rule.id());
    test.put("dct:title", rule.description());
    ArrayNode partOf = test.putArray("dct:isPartOf");
    for (String sc : rule.wcag()) {
      Wcag.get().criterion(sc).ifPresentOrElse(
          c -> partOf.addObject().put("@id", "WCAG21:" + c.slug()),
          () -> partOf.add(sc));
    }

    return a;
  }

  /** The assertion's result with its outcome ({@code earl:<outcome>}) and date. */
  private static ObjectNode result(ReportModel m, ObjectNode assertion, String outcome) {
    ObjectNode result = assertion.putObject("earl:result");
    result.put("@type", "earl:TestResult");
    result.putObject("earl:outcome").put("@id", "earl:" + outcome);
    if (m.report.started() != null) {
      ObjectNode date = result.putObject("dct:date");
      date.put("@value", m.report.started().toString());
      date.put("@type", "xsd:dateTime");
    }
    return result;
  }

  private static boolean isAbsoluteUrl(String s) {
    return s.matches("(?i)(https?|file):.*");
  }
}
