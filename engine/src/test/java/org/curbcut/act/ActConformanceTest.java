package org.curbcut.act;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.time.Instant;
import org.curbcut.testkit.SharedData;
import org.curbcut.audit.AuditReport;
import org.curbcut.audit.Auditor;
import org.curbcut.audit.PageReport;
import org.curbcut.report.ReportFormat;
import org.curbcut.rules.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ACT conformance harness. Prints the per-rule table, writes it to
 * {@code target/conformance/act.md}, and fails when a rule declared consistent in
 * {@code act-consistent/*.txt} is no longer consistent, or when any rule fails a passed or
 * inapplicable example.
 */
class ActConformanceTest {
  private static List<ActSuite.RuleRow> rows;

  @BeforeAll
  static void runSuite() throws IOException {
    rows = new ActSuite().run();
    String table = ActSuite.table(rows);
    System.out.println(table);
    Path out = SharedData.root().resolve("engine/target/conformance/act.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table, StandardCharsets.UTF_8);
    String earl = System.getProperty("curbcut.earl");
    if (earl != null && !earl.isBlank()) writeEarl(Path.of(earl));
  }

  /** The whole suite as one EARL report, the W3C ACT implementation-report format (bin/conformance). */
  private static void writeEarl(Path file) throws IOException {
    List<PageReport> pages = rows.stream().flatMap(r -> r.cases().stream()).map(ActSuite.CaseResult::report).toList();
    AuditReport all = new AuditReport(Auditor.TOOL_NAME, Auditor.version(), Level.AAA, Instant.now(), pages);
    if (file.getParent() != null) Files.createDirectories(file.getParent());
    try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      ReportFormat.EARL.write(all, w);
    }
    System.out.println("EARL report of " + pages.size() + " ACT test cases written to " + file);
  }

  @Test
  void noRuleFailsAPassedOrInapplicableExample() {
    List<String> wrong = rows.stream().flatMap(r -> r.cases().stream()).filter(ActSuite.CaseResult::wrong)
        .map(c -> c.actRule() + " " + c.title() + " (" + c.url() + ")").toList();
    assertThat(wrong).as("false failures on ACT examples").isEmpty();
  }

  @Test
  void rulesDeclaredConsistentStayConsistent() throws IOException {
    Set<String> declared = declaredConsistent();
    Set<String> consistent = rows.stream().filter(r -> r.verdict() == ActSuite.Verdict.CONSISTENT)
        .map(ActSuite.RuleRow::actRule).collect(Collectors.toCollection(TreeSet::new));
    assertThat(consistent).as("ACT rules consistent now").containsAll(declared);
  }

  /** The ACT ids listed in {@code act-consistent/<rule package>.txt}, one file per rule package. */
  static Set<String> declaredConsistent() throws IOException {
    Set<String> ids = new TreeSet<>();
    for (String pkg : List.of("text", "structure", "aria", "visual")) {
      try (var in = ActConformanceTest.class.getResourceAsStream("/act-consistent/" + pkg + ".txt")) {
        if (in == null) continue;
        new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
            .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")[0])
            .forEach(ids::add);
      }
    }
    return ids;
  }
}
