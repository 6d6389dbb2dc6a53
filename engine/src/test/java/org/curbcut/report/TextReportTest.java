package org.curbcut.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextReportTest {
  private final String text = ReportFixtures.render(ReportFormat.TEXT);

  @Test
  void groupsByPageThenCriterionThenRule() {
    int page1 = text.indexOf("== pages/index.html ==");
    int page2 = text.indexOf("== https://example.org/about ==");
    int sc111 = text.indexOf("1.1.1 Non-text Content (Level A)");
    int sc311 = text.indexOf("3.1.1 Language of Page (Level A)");
    int bestPractice = text.indexOf("Best practice (no WCAG success criterion)");
    assertThat(page1).isGreaterThanOrEqualTo(0);
    assertThat(sc111).isGreaterThan(page1);
    assertThat(sc311).isGreaterThan(sc111); // specification order
    assertThat(bestPractice).isGreaterThan(sc311); // rules without a criterion last
    assertThat(page2).isGreaterThan(bestPractice);
  }

  @Test
  void eachFindingHasSelectorPositionSnippetAndMessage() {
    // the real finding of the engine's own html-has-lang rule
    assertThat(text).contains("html-has-lang: The page's html element has a lang attribute [A, serious]")
        .contains("      html  line 2, column 1\n        <html>\n"
            + "        The <html> element has no lang attribute, so assistive technology cannot tell the page's language.\n")
        .contains("More: https://www.w3.org/WAI/standards-guidelines/act/rules/b5c3f8/proposed/");
  }

  @Test
  void failedAndNeedsAPersonAreSeparateSections() {
    int failed = text.indexOf("Failed: 3 rules, 3 elements");
    int cantTell = text.indexOf("Needs a person: 1 rule, 1 element");
    int contrast = text.indexOf("1.4.3 Contrast (Minimum) (Level AA)");
    assertThat(failed).isGreaterThanOrEqualTo(0);
    assertThat(cantTell).isGreaterThan(failed);
    assertThat(contrast).isGreaterThan(cantTell); // the cantTell finding sits under "needs a person" only
    assertThat(text.indexOf("body > p")).isGreaterThan(cantTell);
  }

  @Test
  void summariesSayWhatWasChecked() {
    assertThat(text).contains("Checked 6 rules: 3 failed, 1 needs a person, 1 passed, 1 not applicable.")
        .contains("Passed (1): test-passed")
        .contains("Not applicable, nothing on the page to check (1): test-inapplicable")
        .contains("Checked 1 rule: 0 failed, 0 need a person, 1 passed, 0 not applicable.")
        .contains("== missing.html ==\nCould not be audited: file not found")
        .contains("3 pages audited, 1 could not be read.")
        .contains("6 rules run. Outcomes of rules on pages: 3 failed, 1 needs a person, 2 passed, 1 not applicable.")
        .contains("It is not a statement that any page conforms to WCAG");
  }

  @Test
  void neverClaimsComplianceOrScores() {
    assertThat(text.toLowerCase()).doesNotContain("compliant").doesNotContain("score").doesNotContain("badge")
        .doesNotContain("%").doesNotContainPattern("(?i)\\bis (fully )?accessible\\b")
        .doesNotContainPattern("(?i)\\bpasses wcag\\b");
  }

  @Test
  void coloursOnlyWhenAskedAndPageContentCannotInjectEscapes() {
    assertThat(text).doesNotContain("\u001b");
    assertThat(text).contains("</script>&amp;\uFFFD[31m"); // the page's ESC is neutralised
    String coloured = ReportFormat.TEXT.render(ReportFixtures.report(), new ReportOptions(true));
    assertThat(coloured).contains("\u001b[31mtest-image-alt\u001b[0m").contains("\u001b[1m");
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(text);
  }
}
