package org.curbcut.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.AuditReport;
import org.curbcut.audit.Auditor;
import org.curbcut.audit.Finding;
import org.curbcut.audit.PageReport;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.Outcome;
import org.curbcut.internal.snapshot.HtmlSnapshot;

/**
 * A small audit report for the format tests: two pages audited for real by the html-has-lang
 * rule (so those findings and results are the engine's own) plus findings built by hand for
 * made-up rules (ids starting "test-"), and a page that could not be read.
 *
 * <ul>
 *   <li>{@code pages/index.html}: no lang (html-has-lang fails for real); test-image-alt failed on
 *       an img whose snippet holds hostile markup and a terminal escape; test-contrast cantTell;
 *       test-heading-order failed (best practice, no WCAG criterion); test-passed passed;
 *       test-inapplicable inapplicable.</li>
 *   <li>{@code https://example.org/about}: has lang (html-has-lang passes for real).</li>
 *   <li>{@code missing.html}: could not be read.</li>
 * </ul>
 */
final class ReportFixtures {
  static final String PAGE1 = "pages/index.html";
  static final String PAGE2 = "https://example.org/about";
  static final String PAGE3 = "missing.html";
  static final String HOSTILE_SNIPPET = "<img src=\"cat.png\" title=\"</pre><script>alert('x')</script>&amp;\u001b[31m\">";
  static final Instant STARTED = Instant.parse("2026-03-01T10:15:30Z");

  private ReportFixtures() {}

  static AuditReport report() {
    // only the html-has-lang rule runs for real, so the fixture stays the same as the catalogue grows
    Auditor auditor = new Auditor(new AuditOptions(Level.AA, List.of("html-has-lang"), List.of(), List.of()));
    PageReport real1 = auditor.audit(HtmlSnapshot.parse(
        "<!DOCTYPE html>\n<html>\n<head><title>Home</title></head>\n<body>\n<h1>Cats</h1>\n<img src=\"cat.png\">\n"
            + "<p style=\"background:url(bg.png)\">Low contrast?</p>\n<h3>Skipped level</h3>\n</body>\n</html>\n", PAGE1));
    PageReport real2 = auditor.audit(HtmlSnapshot.parse(
        "<!DOCTYPE html><html lang=\"en\"><head><title>About</title></head><body><p>Hi</p></body></html>", PAGE2));

    List<Finding> findings = new ArrayList<>(real1.findings());
    findings.add(new Finding("test-image-alt", List.of("23a2a8"), List.of("1.1.1"), Level.A, Impact.CRITICAL,
        Outcome.FAILED, "body > img", 6, 1, HOSTILE_SNIPPET, "The image has no text alternative & no role.",
        "Add an alt attribute."));
    findings.add(new Finding("test-contrast", List.of("afw4f7"), List.of("1.4.3"), Level.AA, Impact.SERIOUS,
        Outcome.CANT_TELL, "body > p", 7, 1, "<p style=\"background:url(bg.png)\">",
        "The text is on a background image: a person must check the contrast.", "Check the contrast by eye."));
    findings.add(new Finding("test-heading-order", List.of(), List.of(), Level.BEST_PRACTICE, Impact.MODERATE,
        Outcome.FAILED, "body > h3", 8, 1, "<h3>", "The heading skips from level 1 to level 3.",
        "Use heading levels in order."));
    Map<String, Outcome> outcomes = new LinkedHashMap<>(real1.ruleOutcomes());
    outcomes.put("test-image-alt", Outcome.FAILED);
    outcomes.put("test-contrast", Outcome.CANT_TELL);
    outcomes.put("test-heading-order", Outcome.FAILED);
    outcomes.put("test-passed", Outcome.PASSED);
    outcomes.put("test-inapplicable", Outcome.INAPPLICABLE);
    PageReport page1 = new PageReport(PAGE1, findings, outcomes, real1.results(), null);

    return new AuditReport("curbcut", "9.8.7", Level.AA, STARTED,
        List.of(page1, real2, PageReport.failedToRead(PAGE3, "file not found")));
  }

  static String render(ReportFormat format) {
    return format.render(report());
  }

  /** The fixture report in a format, every cantTell finding listed (the JSON report only counts them by default). */
  static String renderListed(ReportFormat format) {
    return format.render(report(), ReportOptions.defaults().withCantTellListed(true));
  }
}
