package org.curbcut.fix.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.curbcut.audit.AuditOptions;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairEngine;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.UnifiedDiff;
import org.curbcut.fix.alt.AltTextPipeline;
import org.curbcut.fix.alt.ContextDescriber;
import org.curbcut.fix.alt.DecorativeDescriber;
import org.curbcut.fix.alt.ImageFetcher;
import org.curbcut.internal.fixers.Fixers;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.report.ReportOptions;
import org.curbcut.rules.Level;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The repair JUnit report is well-formed XML whatever characters the page, its name or its repairs hold. */
class RepairJunitXmlTest {
  /** Characters XML 1.0 forbids (C0 controls, U+FFFE, a lone surrogate), a C1 control, and an emoji (allowed). */
  private static final String HOSTILE = "\u0001\u001b[31m\uFFFE\ud800\u0085\uD83D\uDE00";

  @Test
  void controlCharactersFromThePageAndItsNameNeverBreakTheXml() throws Exception {
    String page = "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title></title>\n</head>\n<body>\n<main>\n"
        + "  <h1>Opening " + HOSTILE + " hours</h1>\n"
        + "  <a href=\"https://www.facebook.com/clinic\"><i class=\"fa fa-facebook\"></i></a>\n"
        + "</main>\n</body>\n</html>\n";
    String name = "site/p" + HOSTILE + ".html";
    AltTextPipeline alt = new AltTextPipeline(List.of(new DecorativeDescriber(), new ContextDescriber()), ImageFetcher.defaults(null));
    RepairEngine engine = new RepairEngine(AuditOptions.defaults(), Fixers.all(alt), Confidence.NEEDS_REVIEW);
    RepairResult result = engine.repair(HtmlSnapshot.parse(page, name), t -> HtmlSnapshot.parse(t, name));
    PageRepair repaired = PageRepair.of(result, "out/p" + HOSTILE + ".html", UnifiedDiff.of(name, page, result.repairedText()), true);
    RepairReport report = new RepairReport("curbcut", "test", Level.AA, Instant.parse("2026-01-01T00:00:00Z"),
        Confidence.NEEDS_REVIEW, List.of(repaired, PageRepair.unread("gone" + HOSTILE + ".html", "no such file" + HOSTILE)));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RepairReportFormat.JUNIT.write(report, bytes, ReportOptions.defaults());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes.toByteArray())); // throws when not well-formed

    NodeList props = doc.getElementsByTagName("property");
    String output = null;
    for (int i = 0; i < props.getLength(); i++) {
      Element p = (Element) props.item(i);
      if (p.getAttribute("name").equals("repair.output")) output = p.getAttribute("value");
    }
    String shown = "\uFFFD\uFFFD[31m\uFFFD\uFFFD\uFFFD\uD83D\uDE00";
    assertThat(output).isEqualTo("out/p" + shown + ".html");
    assertThat(((Element) doc.getElementsByTagName("testsuite").item(0)).getAttribute("name")).isEqualTo("site/p" + shown + ".html");
    String systemOut = doc.getElementsByTagName("system-out").item(0).getTextContent();
    assertThat(systemOut).contains("site/p" + shown + ".html:").doesNotContain("\u0001");
    assertThat(doc.getDocumentElement().getTextContent()).contains("Opening " + shown + " hours");
  }
}
