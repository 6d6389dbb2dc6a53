package org.curbcut.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.curbcut.audit.AuditReport;
import org.curbcut.audit.Finding;
import org.curbcut.audit.PageReport;
import org.junit.jupiter.api.Test;

/**
 * The JSON-based reports as trees, for reports that extend them: the trees are what the formats
 * write, and an extension is handed every page, finding and assertion with the object it is made from.
 */
class JsonReportsTest {
  private final AuditReport report = ReportFixtures.report();

  private static String written(ObjectNode tree) throws Exception {
    StringWriter w = new StringWriter();
    JsonReports.write(tree, w);
    return w.toString();
  }

  @Test
  void theTreesAreWhatTheFormatsWrite() throws Exception {
    assertThat(written(JsonReports.json(report, JsonExtension.NONE))).isEqualTo(ReportFormat.JSON.render(report));
    assertThat(written(JsonReports.sarif(report, JsonExtension.NONE))).isEqualTo(ReportFormat.SARIF.render(report));
    assertThat(written(JsonReports.earl(report, JsonExtension.NONE))).isEqualTo(ReportFormat.EARL.render(report));
  }

  @Test
  void anExtensionSeesEachPageAndFindingWithItsObjects() {
    List<PageReport> pages = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    ObjectNode json = JsonReports.json(report, new JsonExtension() {
      @Override
      public void page(PageReport page, ObjectNode node) {
        pages.add(page);
        node.put("extra", page.findings().size());
      }

      @Override
      public void finding(PageReport page, Finding finding, ObjectNode node) {
        findings.add(finding);
        node.put("seen", finding.rule());
      }
    }, ReportOptions.defaults().withCantTellListed(true));
    assertThat(pages).containsExactlyElementsOf(report.pages());
    assertThat(findings).containsExactlyElementsOf(report.pages().stream().flatMap(p -> p.findings().stream()).toList());
    assertThat(json.at("/pages/0/extra").asInt()).isEqualTo(report.pages().get(0).findings().size());
    assertThat(json.at("/pages/0/findings/0/seen").asText()).isEqualTo(report.pages().get(0).findings().get(0).rule());
  }

  @Test
  void sarifResultsAndEarlAssertionsReachTheExtension() {
    List<String> results = new ArrayList<>();
    JsonReports.sarif(report, new JsonExtension() {
      @Override
      public void finding(PageReport page, Finding finding, ObjectNode node) {
        assertThat(node.get("ruleId").asText()).isEqualTo(finding.rule());
        results.add(finding.rule());
      }
    });
    assertThat(results).hasSize(report.pages().stream().mapToInt(p -> p.findings().size()).sum());
    List<String> assertions = new ArrayList<>();
    JsonReports.earl(report, new JsonExtension() {
      @Override
      public void assertion(PageReport page, String rule, ObjectNode node) {
        assertThat(node.at("/earl:test/dct:identifier").asText()).isEqualTo(rule);
        assertThat(node.at("/earl:subject/dct:source").asText()).isEqualTo(page.source());
        assertions.add(page.source() + " " + rule);
      }
    });
    assertThat(assertions).contains(ReportFixtures.PAGE1 + " html-has-lang", ReportFixtures.PAGE2 + " html-has-lang");
  }
}
