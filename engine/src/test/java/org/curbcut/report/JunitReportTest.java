package org.curbcut.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitReportTest {
  private final Document xml = parse(ReportFixtures.render(ReportFormat.JUNIT));

  @Test
  void oneSuitePerPageOneCasePerRule() {
    Element root = xml.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    NodeList suites = root.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(3);
    Element page1 = (Element) suites.item(0);
    assertThat(page1.getAttribute("name")).isEqualTo("pages/index.html");
    assertThat(page1.getElementsByTagName("testcase").getLength()).isEqualTo(6);
    assertThat(page1.getAttribute("tests")).isEqualTo("6");
    assertThat(page1.getAttribute("failures")).isEqualTo("3");
    assertThat(page1.getAttribute("skipped")).isEqualTo("2");
    assertThat(root.getAttribute("failures")).isEqualTo("3");
    assertThat(root.getAttribute("errors")).isEqualTo("1");
  }

  @Test
  void failedRuleListsEachTarget() {
    Element lang = testcase(0, "html-has-lang");
    Element failure = (Element) lang.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("1 element failed: The page's html element has a lang attribute");
    assertThat(failure.getTextContent()).contains("html (line 2, column 1)").contains("<html>")
        .contains("no lang attribute");
    // hostile page content survives as text, and the document still parsed
    Element img = testcase(0, "test-image-alt");
    assertThat(img.getElementsByTagName("failure").item(0).getTextContent())
        .contains("title=\"</pre><script>alert('x')</script>&amp;\uFFFD[31m\">");
  }

  @Test
  void cantTellAndInapplicableAreSkippedWithTheirReason() {
    Element contrast = testcase(0, "test-contrast");
    assertThat(contrast.getElementsByTagName("failure").getLength()).isZero();
    assertThat(((Element) contrast.getElementsByTagName("skipped").item(0)).getAttribute("message"))
        .startsWith("Needs a person");
    assertThat(contrast.getElementsByTagName("system-out").item(0).getTextContent()).contains("body > p (line 7, column 1)");
    Element inapplicable = testcase(0, "test-inapplicable");
    assertThat(((Element) inapplicable.getElementsByTagName("skipped").item(0)).getAttribute("message"))
        .startsWith("Not applicable");
    assertThat(testcase(0, "test-passed").getChildNodes().getLength()).isZero();
    assertThat(testcase(1, "html-has-lang").getChildNodes().getLength()).isZero();
  }

  @Test
  void unreadablePageIsAnError() {
    Element read = testcase(2, "read-page");
    assertThat(((Element) read.getElementsByTagName("error").item(0)).getAttribute("message")).isEqualTo("file not found");
  }

  /** Whatever the page and its name hold, the report parses (U+FFFD for what XML 1.0 cannot carry). */
  @Test
  void charactersXmlCannotCarryNeverBreakTheReport() throws Exception {
    String hostile = "\u0001\u001b[1m\uFFFF\udc00\u0085\uD83D\uDE00";
    var auditor = new org.curbcut.audit.Auditor(org.curbcut.audit.AuditOptions.defaults());
    var page = auditor.audit(org.curbcut.internal.snapshot.HtmlSnapshot.parse(
        "<!doctype html><html><title>T" + hostile + "</title><img src=\"a" + hostile + ".png\" title=\"" + hostile + "\">",
        "p" + hostile + ".html"));
    var report = new org.curbcut.audit.AuditReport("curbcut", "test", org.curbcut.rules.Level.AA, ReportFixtures.STARTED,
        java.util.List.of(page, org.curbcut.audit.PageReport.failedToRead("q" + hostile + ".html", "no" + hostile)));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    ReportFormat.JUNIT.write(report, bytes, ReportOptions.defaults());
    var f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bytes.toByteArray()));
    Element first = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(first.getAttribute("name")).isEqualTo("p\uFFFD\uFFFD[1m\uFFFD\uFFFD\uFFFD\uD83D\uDE00.html");
    assertThat(doc.getDocumentElement().getTextContent()).contains("a\uFFFD\uFFFD[1m").doesNotContain("\u0001");
  }

  private Element testcase(int suite, String name) {
    Element s = (Element) xml.getElementsByTagName("testsuite").item(suite);
    NodeList cases = s.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      if (c.getAttribute("name").equals(name)) return c;
    }
    throw new AssertionError("no testcase " + name);
  }

  private static Document parse(String s) {
    try {
      var f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(new InputSource(new StringReader(s)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
