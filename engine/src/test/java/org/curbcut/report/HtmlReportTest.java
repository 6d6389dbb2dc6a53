package org.curbcut.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.audit.Finding;
import org.curbcut.audit.PageReport;
import org.curbcut.rules.Outcome;
import org.curbcut.snapshot.Element;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private final String html = ReportFixtures.render(ReportFormat.HTML);
  private final Page page = HtmlSnapshot.parse(html, "report.html");

  @Test
  void passesCurbcutsOwnAudit() {
    PageReport audit = new Auditor(AuditOptions.defaults()).audit(page);
    List<Finding> failed = audit.findings().stream().filter(f -> f.outcome() == Outcome.FAILED).toList();
    assertThat(failed).as("failed findings on the HTML report:\n%s", failed).isEmpty();
    assertThat(audit.ruleOutcomes()).isNotEmpty();
  }

  @Test
  void hasLanguageTitleLandmarksAndSkipLink() {
    assertThat(page.root().attr("lang")).contains("en");
    assertThat(page.select("title").get(0).textContent()).isEqualTo("Accessibility audit report (3 pages), Curbcut 9.8.7");
    assertThat(page.select("header")).hasSize(1);
    assertThat(page.select("main")).hasSize(1);
    assertThat(page.select("footer")).hasSize(1);
    assertThat(page.select("nav")).hasSize(1);
    Element skip = page.select("a").get(0);
    assertThat(skip.attr("href")).contains("#main");
    assertThat(page.byId("main")).isPresent();
  }

  @Test
  void headingsDescendOneLevelAtATime() {
    List<Element> headings = page.elements().stream().filter(e -> e.name().matches("h[1-6]")).toList();
    assertThat(headings.get(0).name()).isEqualTo("h1");
    assertThat(headings.stream().filter(h -> h.is("h1"))).hasSize(1);
    int previous = 1;
    for (Element h : headings.subList(1, headings.size())) {
      int level = h.name().charAt(1) - '0';
      assertThat(level).as("%s after h%d", h.textContent(), previous).isLessThanOrEqualTo(previous + 1);
      previous = level;
    }
  }

  @Test
  void tablesHaveCaptionsAndScopedHeaders() {
    List<Element> tables = page.select("table");
    assertThat(tables).hasSize(3);
    for (Element t : tables) assertThat(t.childElements().findFirst().map(Element::name)).contains("caption");
    for (Element th : page.select("th")) assertThat(th.attr("scope")).isPresent();
  }

  @Test
  void isSelfContainedAndEscapesPageContent() {
    assertThat(page.select("script, link, img, iframe, object, embed, audio, video, [src]")).isEmpty();
    String css = page.select("style").get(0).textContent();
    assertThat(css).doesNotContain("url(").doesNotContain("@import");
    assertThat(html).doesNotContain("<script");
    assertThat(html).contains("&lt;/pre&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;");
    assertThat(page.select("pre").get(0).textContent())
        .isEqualTo("<img src=\"cat.png\" title=\"</pre><script>alert('x')</script>&amp;\uFFFD[31m\">");
  }

  @Test
  void styleHasDarkOnLightAndVisibleFocus() {
    assertThat(html).contains("color:#1b1b1b;background-color:#ffffff").contains("a:focus,a:focus-visible{outline:3px solid");
  }

  @Test
  void saysWhatWasCheckedAndNeverClaimsCompliance() {
    assertThat(html).contains("It is not a statement that any page conforms to WCAG")
        .contains("Needs a person: 1 rule, 1 element")
        .contains("<caption>Rules run on pages/index.html</caption>");
    assertThat(html.toLowerCase()).doesNotContain("compliant").doesNotContain("score").doesNotContain("badge");
  }
}
