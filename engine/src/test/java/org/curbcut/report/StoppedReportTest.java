package org.curbcut.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.AuditReport;
import org.curbcut.audit.Auditor;
import org.curbcut.audit.Finding;
import org.curbcut.audit.PageReport;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.rules.Deadline;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleCatalog;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every format says plainly that a page's audit stopped before every rule ran, which rules did
 * not run, and never shows such a page as passing.
 *
 * <ul>
 *   <li>{@code cancelled.html}: html-has-lang runs (and fails); then test-cancels cancels the run,
 *       so it and document-title do not count as run.</li>
 *   <li>{@code late.html}: audited with a deadline already past: no rule runs.</li>
 *   <li>{@code whole.html}: audited without a limit: complete.</li>
 * </ul>
 */
class StoppedReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PAGE = "<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>";

  /** Cancels the audit's deadline while it runs. */
  static final class Cancels implements Rule {
    static final RuleMeta META = RuleMeta.of(Cancels.class, "test-cancels", List.of(), List.of(), Level.A, Impact.MINOR);

    @Override
    public RuleMeta meta() {
      return META;
    }

    @Override
    public void evaluate(RuleContext ctx, Outcomes out) {
      out.passed(ctx.page().root());
      ctx.deadline().cancel();
    }
  }

  static AuditReport report() {
    List<Rule> rules = List.of(RuleCatalog.byId("html-has-lang").orElseThrow(), new Cancels(),
        RuleCatalog.byId("document-title").orElseThrow());
    Auditor auditor = new Auditor(AuditOptions.defaults(), rules);
    List<PageReport> pages = new ArrayList<>();
    pages.add(auditor.audit(HtmlSnapshot.parse(PAGE, "cancelled.html"), Deadline.cancellable()));
    pages.add(auditor.audit(HtmlSnapshot.parse(PAGE, "late.html"), Deadline.in(Duration.ZERO)));
    pages.add(new Auditor(AuditOptions.defaults(), List.of(rules.get(0), rules.get(2)))
        .audit(HtmlSnapshot.parse(PAGE, "whole.html")));
    return new AuditReport("curbcut", "9.8.7", Level.AA, ReportFixtures.STARTED, pages);
  }

  private final AuditReport report = report();

  @Test
  void theFixtureIsWhatTheTestsSay() {
    PageReport cancelled = report.pages().get(0);
    assertThat(cancelled.ruleOutcomes()).containsOnlyKeys("html-has-lang");
    assertThat(cancelled.incomplete().rulesNotRun()).containsExactly("test-cancels", "document-title");
    assertThat(cancelled.findings()).extracting(Finding::rule).containsExactly("html-has-lang");
    assertThat(report.pages().get(1).incomplete().rulesNotRun()).hasSize(3);
    assertThat(report.pages().get(2).stopped()).isFalse();
  }

  @Test
  void textSaysSoOnThePageAndOverall() {
    String text = ReportFormat.TEXT.render(report);
    assertThat(text).contains("Incomplete: the audit was cancelled, so 2 of 3 rules did not run: test-cancels, "
        + "document-title. What is shown are the results of the rules that ran; do not read this page as passed.");
    assertThat(text).contains("Incomplete: the audit stopped at the time limit, so 3 of 3 rules did not run: "
        + "html-has-lang, test-cancels, document-title.");
    assertThat(text).contains("2 pages stopped before every rule ran (time limit or cancelled): their results are incomplete.");
    String whole = text.substring(text.indexOf("== whole.html =="));
    assertThat(whole.substring(0, whole.indexOf("\n\n"))).doesNotContain("Incomplete");
  }

  @Test
  void jsonMarksTheStoppedPagesAndConformsToTheSchema() throws Exception {
    JsonNode json = MAPPER.readTree(ReportFormat.JSON.render(report));
    assertThat(json.at("/summary/pagesIncomplete").asInt()).isEqualTo(2);
    JsonNode cancelled = json.at("/pages/0/incomplete");
    assertThat(cancelled.get("reason").asText()).isEqualTo("cancelled");
    assertThat(cancelled.get("rulesNotRun")).extracting(JsonNode::asText).containsExactly("test-cancels", "document-title");
    assertThat(cancelled.get("message").asText()).startsWith("Incomplete: the audit was cancelled");
    assertThat(json.at("/pages/0/rules").size()).isEqualTo(1); // only what ran is listed as checked
    assertThat(json.at("/pages/1/incomplete/reason").asText()).isEqualTo("time-limit");
    assertThat(json.at("/pages/1/rules").size()).isZero();
    assertThat(json.at("/pages/1/summary/rules/passed").asInt()).isZero();
    assertThat(json.at("/pages/2").has("incomplete")).isFalse();
    JsonNode schema;
    try (InputStream in = ReportFormat.class.getResourceAsStream("report.schema.json")) {
      schema = MAPPER.readTree(in);
    }
    assertThat(new MiniJsonSchema(schema).validate(json)).isEmpty();
    // the schema knows the field: a wrong reason does not conform
    ((com.fasterxml.jackson.databind.node.ObjectNode) cancelled).put("reason", "bored");
    assertThat(new MiniJsonSchema(schema).validate(json)).hasSize(1);
  }

  @Test
  void sarifSaysTheRunWasNotCompleteAndWhy() throws Exception {
    JsonNode run = MAPPER.readTree(ReportFormat.SARIF.render(report)).at("/runs/0");
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isFalse();
    JsonNode notes = run.at("/invocations/0/toolExecutionNotifications");
    assertThat(notes).hasSize(2);
    assertThat(notes.get(0).get("level").asText()).isEqualTo("error");
    assertThat(notes.get(0).at("/message/text").asText()).startsWith("Incomplete: the audit was cancelled");
    assertThat(notes.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("cancelled.html");
    assertThat(notes.get(0).at("/properties/rulesNotRun")).extracting(JsonNode::asText)
        .containsExactly("test-cancels", "document-title");
    assertThat(notes.get(1).at("/properties/incomplete").asText()).isEqualTo("time-limit");
    assertThat(run.at("/properties/pagesIncomplete").asInt()).isEqualTo(2);
  }

  @Test
  void sarifOfACompleteAuditStillSucceeds() throws Exception {
    AuditReport whole = new AuditReport("curbcut", "9.8.7", Level.AA, null, List.of(report.pages().get(2)));
    JsonNode run = MAPPER.readTree(ReportFormat.SARIF.render(whole)).at("/runs/0");
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
  }

  @Test
  void junitHasAnErrorForEachStoppedPage() throws Exception {
    var f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document xml = f.newDocumentBuilder().parse(new InputSource(new StringReader(ReportFormat.JUNIT.render(report))));
    Element suites = xml.getDocumentElement();
    assertThat(suites.getAttribute("errors")).isEqualTo("2");
    NodeList suite = xml.getElementsByTagName("testsuite");
    Element cancelled = (Element) suite.item(0);
    assertThat(cancelled.getAttribute("errors")).isEqualTo("1");
    assertThat(cancelled.getAttribute("tests")).isEqualTo("2"); // html-has-lang, and the audit's completeness
    Element stop = (Element) cancelled.getElementsByTagName("error").item(0);
    assertThat(((Element) stop.getParentNode()).getAttribute("name")).isEqualTo("audit-complete");
    assertThat(stop.getAttribute("type")).isEqualTo("incomplete");
    assertThat(stop.getAttribute("message")).isEqualTo("Incomplete: cancelled");
    assertThat(stop.getTextContent()).contains("test-cancels, document-title");
    assertThat(((Element) suite.item(1)).getElementsByTagName("error").item(0).getAttributes()
        .getNamedItem("message").getNodeValue()).isEqualTo("Incomplete: stopped at the time limit");
    assertThat(((Element) suite.item(2)).getAttribute("errors")).isEqualTo("0");
  }

  @Test
  void earlAssertsTheRulesThatDidNotRunAsUntested() throws Exception {
    JsonNode graph = MAPPER.readTree(ReportFormat.EARL.render(report)).get("@graph");
    List<JsonNode> untested = new ArrayList<>();
    for (JsonNode a : graph) {
      if (a.at("/earl:result/earl:outcome/@id").asText().equals("earl:untested")) untested.add(a);
    }
    // cancelled.html: test-cancels and document-title (one ACT id); late.html: all three rules
    assertThat(untested).extracting(a -> a.at("/earl:subject/dct:source").asText() + " " + a.at("/earl:test/dct:identifier").asText())
        .containsExactly("cancelled.html test-cancels", "cancelled.html document-title",
            "late.html html-has-lang", "late.html test-cancels", "late.html document-title");
    assertThat(untested.get(0).at("/earl:result/earl:info/0").asText()).isEqualTo("Not run: Incomplete: cancelled");
    assertThat(untested.get(1).at("/earl:test/@id").asText()).contains("/act/rules/");
  }

  @Test
  void htmlSaysSoInTheSummaryAndOnThePageAndStaysAccessible() {
    String html = ReportFormat.HTML.render(report);
    assertThat(html).contains("<p class=\"stopped\"><strong>2 pages stopped before every rule ran");
    assertThat(html).contains("<strong class=\"stopped\">Incomplete: cancelled</strong>");
    assertThat(html).contains("<p class=\"stopped\"><strong>Incomplete: the audit stopped at the time limit, so 3 of 3 rules");
    PageReport audit = new Auditor(AuditOptions.defaults()).audit(HtmlSnapshot.parse(html, "report.html"));
    assertThat(audit.findings().stream().filter(x -> x.outcome() == Outcome.FAILED).toList()).isEmpty();
  }
}
