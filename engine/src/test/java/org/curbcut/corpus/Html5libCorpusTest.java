package org.curbcut.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.curbcut.SharedData;
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
import org.junit.jupiter.api.Test;

/**
 * Robustness: every {@code #data} document of the html5lib tree-construction corpus (malformed
 * HTML of every kind, scripted and fragment cases included) is parsed and audited with the whole
 * rule catalogue, at level AA with best practices. Nothing may throw, and no rule may crash (the
 * Auditor turns a crashing rule into a cantTell "internal-error"; this test fails on any). Each
 * crash is printed with the rule, the document and the top of the stack, for the rule's owner.
 */
class Html5libCorpusTest {

  /** One {@code #data} document. */
  record Doc(String file, int index, String html) {
    String name() {
      return file + "#" + index;
    }
  }

  static List<Doc> corpus() throws IOException {
    Path dir = SharedData.shared().resolve("html5lib/tree-construction");
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".dat")).sorted().toList();
    }
    List<Doc> docs = new ArrayList<>();
    for (Path f : files) docs.addAll(parse(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f)));
    return docs;
  }

  /** Splits a .dat file on LF only (CR and NUL are data), taking the lines between #data and #errors. */
  static List<Doc> parse(String name, byte[] bytes) {
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
    List<Doc> docs = new ArrayList<>();
    int i = 0;
    while (i < lines.length) {
      if (!lines[i].equals("#data")) {
        i++;
        continue;
      }
      StringBuilder data = new StringBuilder();
      int j = i + 1;
      for (; j < lines.length && !lines[j].equals("#errors"); j++) {
        if (j > i + 1) data.append('\n');
        data.append(lines[j]);
      }
      docs.add(new Doc(name, docs.size() + 1, data.toString()));
      i = j;
    }
    return docs;
  }

  @Test
  void corpusHasEveryDocument() throws IOException {
    assertThat(corpus()).hasSize(1796);
  }

  @Test
  void everyDocumentParsesAndAuditsWithoutACrash() throws IOException {
    List<Doc> docs = corpus();
    Auditor auditor = new Auditor(AuditOptions.defaults());
    List<String> problems = new ArrayList<>();
    long t0 = System.nanoTime();
    long results = 0;
    for (Doc d : docs) {
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
  private static String describeCrash(String ruleId, Page page, Doc d) {
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
