package org.curbcut.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.AuditReport;
import org.curbcut.audit.Auditor;
import org.curbcut.rules.Outcome;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Every format, on a messy page audited by every rule in the catalogue (which grows over time). */
class FullCatalogueTest {
  private static final String MESSY = """
      <!DOCTYPE html><html><head><meta name="viewport" content="user-scalable=no"></head><body>
      <img src="a.png"><a href="/x"><img src="b.png"></a><button></button>
      <input type="text"><p style="color:#777;background:#888;letter-spacing:0.01em !important">grey</p>
      <div role="button">Go</div><table><tr><th>A</th></tr><tr><td>1</td></tr></table>
      <span lang="xx-invalid-">?</span><svg role="img"></svg><iframe src="x.html"></iframe>
      <h3>Third</h3><video src="v.mp4" autoplay></video><div aria-hidden="true"><a href="#">focus</a></div>
      </body></html>
      """;

  private final AuditReport report = new Auditor(AuditOptions.defaults())
      .audit(List.of(HtmlSnapshot.parse(MESSY, "messy.html")));

  @Test
  void everyFormatRendersARealAudit() throws Exception {
    assertThat(report.pages().get(0).findings()).isNotEmpty();
    for (ReportFormat f : ReportFormat.values()) assertThat(f.render(report)).as(f.id()).isNotBlank();

    JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.render(report, ReportOptions.defaults().withCantTellListed(true)));
    JsonNode schema;
    try (InputStream in = ReportFormat.class.getResourceAsStream("report.schema.json")) {
      schema = new ObjectMapper().readTree(in);
    }
    assertThat(new MiniJsonSchema(schema).validate(json)).isEmpty();
    assertThat(json.at("/pages/0/findings").size()).isEqualTo(report.pages().get(0).findings().size());

    new ObjectMapper().readTree(ReportFormat.SARIF.render(report));
    new ObjectMapper().readTree(ReportFormat.EARL.render(report));
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(ReportFormat.JUNIT.render(report))));
  }

  @Test
  void theHtmlReportOfARealAuditPassesTheAuditToo() {
    String html = ReportFormat.HTML.render(report);
    var audit = new Auditor(AuditOptions.defaults()).audit(HtmlSnapshot.parse(html, "report.html"));
    assertThat(audit.findings().stream().filter(f -> f.outcome() == Outcome.FAILED))
        .as("failed findings on the HTML report").isEmpty();
  }
}
