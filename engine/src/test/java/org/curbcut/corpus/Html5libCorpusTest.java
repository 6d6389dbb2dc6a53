package org.curbcut.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.audit.PageReport;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleCatalog;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleResult;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;
import org.curbcut.testkit.Html5libCorpus;
import org.curbcut.testkit.Html5libDocument;
import org.junit.jupiter.api.Test;

/**
 * Robustness: every {@code #data} document of the html5lib tree-construction corpus (malformed
 * HTML of every kind, scripted and fragment cases included) is parsed and audited with the whole
 * rule catalogue, at level AA with best practices. Nothing may throw, and no rule may crash (the
 * Auditor turns a crashing rule into a cantTell "internal-error"; this test fails on any). Each
 * crash is printed with the rule, the document and the top of the stack, for the rule's owner.
 * The corpus is read by the testkit's {@link Html5libCorpus}, as every other html5lib test reads it.
 */
class Html5libCorpusTest {

  @Test
  void everyDocumentParsesAndAuditsWithoutACrash() {
    List<Html5libDocument> docs = Html5libCorpus.documents();
    Auditor auditor = new Auditor(AuditOptions.defaults());
    List<String> problems = new ArrayList<>();
    long t0 = System.nanoTime();
    long results = 0;
    for (Html5libDocument d : docs) {
      Page page;
      PageReport report;
      try {
        page = HtmlSnapshot.parse(d.html(), d.name());
      } catch (RuntimeException | StackOverflowError e) {
        problems.add("snapshot threw on " + d.name() + ": " + e + at(e));
        continue;
      }
      try {
        report = auditor.audit(page);
      } catch (RuntimeException | StackOverflowError e) {
        problems.add("audit threw on " + d.name() + ": " + e + at(e));
        continue;
      }
      results += report.results().size();
      for (RuleResult r : report.results()) {
        if ("internal-error".equals(r.messageKey())) problems.add(describeCrash(r.rule().id(), page, d));
      }
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("html5lib corpus: %d documents, %d rules, %d results, %d problems, %d ms%n",
        docs.size(), auditor.rules().size(), results, problems.size(), ms);
    problems.forEach(p -> System.out.println("  " + p));
    assertThat(problems).as("crashes on the html5lib corpus (see the test output)").isEmpty();
  }

  /** Runs the crashing rule again outside the Auditor to show where it threw. */
  private static String describeCrash(String ruleId, Page page, Html5libDocument d) {
    Rule rule = RuleCatalog.byId(ruleId).orElseThrow();
    String snippet = d.html().length() > 80 ? d.html().substring(0, 80) + "…" : d.html();
    try {
      rule.evaluate(new RuleContext(page), new Outcomes(rule.meta()));
      return "rule " + ruleId + " crashed on " + d.name() + " (not reproduced alone) " + quote(snippet);
    } catch (RuntimeException | StackOverflowError e) {
      return "rule " + ruleId + " crashed on " + d.name() + ": " + e + at(e) + " " + quote(snippet);
    }
  }

  private static String quote(String s) {
    return "[" + s.replace("\n", "\\n").replace("\r", "\\r").replace("\0", "\\0") + "]";
  }

  private static String at(Throwable e) {
    StackTraceElement[] st = e.getStackTrace();
    StringBuilder sb = new StringBuilder();
    int shown = 0;
    for (StackTraceElement s : st) {
      if (shown == 3) break;
      if (!s.getClassName().startsWith("org.curbcut")) continue;
      sb.append(shown == 0 ? " at " : " < ").append(s.getClassName().replaceAll(".*\\.", "")).append('.')
          .append(s.getMethodName()).append(':').append(s.getLineNumber());
      shown++;
    }
    return sb.toString();
  }
}
