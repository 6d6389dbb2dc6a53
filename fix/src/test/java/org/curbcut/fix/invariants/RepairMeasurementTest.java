package org.curbcut.fix.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.curbcut.fix.RepairOutcome;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.RepairStatus;
import org.curbcut.rules.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Issue 3 item 7, counts only (no timing): how the failed findings of the demo site and of the
 * ACT failed examples end after repair — fixed and verified, fixed but needing review, not
 * repairable — and how many new failures the repairs caused (must be none). Writes
 * {@code fix/target/conformance/repair.md} and prints it.
 */
class RepairMeasurementTest {
  /** Counts per rule: failed, fixed, needs review, not repairable. */
  private static final class Counts {
    long failed;
    long fixed;
    long review;
    long notRepairable;

    void add(RepairOutcome o) {
      failed++;
      switch (o.status()) {
        case FIXED_VERIFIED -> fixed++;
        case FIXED_NEEDS_REVIEW -> review++;
        case NOT_REPAIRABLE -> notRepairable++;
      }
    }
  }

  @Test
  void writesTheRepairShares() throws IOException {
    List<InvariantHarness.Checked> demo = InvariantHarness.forSite(Corpora.demoSite()).checkAll(Corpora.demoSite(Corpora.demoSite()));
    List<InvariantHarness.Checked> act = InvariantHarness.forCorpus().checkAll(Corpora.actFailedExamples());
    StringBuilder md = new StringBuilder();
    md.append("# Repair outcomes\n\n");
    md.append("Every failed finding of the first audit ends as fixed and verified by the re-audit, fixed but needing a\n")
        .append("person's review (a machine guessed a meaning: alt text, a name from an icon or a URL), or not repairable\n")
        .append("automatically. Counts from `mvn -B -q test -pl fix -am -Dtest=RepairMeasurementTest -Dsurefire.failIfNoSpecifiedTests=false`;\n")
        .append("all rules at level AA, every fixer, minimum confidence needs-review. The demo site's images are described by\n")
        .append("the decorative, context and OCR (Tesseract) describers; the ACT examples' by the decorative and context describers.\n\n");
    Counts demoTotal = section(md, "Demo site (demo-site/, " + demo.size() + " pages)", demo, false);
    Counts actTotal = section(md, "ACT failed examples (" + act.size() + " HTML test cases, latest versions, expected failed)", act,
        false);
    section(md, "ACT failed examples, only the findings of the ACT rule each example is for", act, true);
    Path out = Corpora.root().resolve("fix/target/conformance/repair.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    System.out.println(md);

    assertThat(demo).allMatch(c -> c.result() != null && c.result().newFailures().isEmpty());
    assertThat(act).allMatch(c -> c.result() != null && c.result().newFailures().isEmpty());
    assertThat(demoTotal.fixed + demoTotal.review).isPositive();
    assertThat(actTotal.fixed + actTotal.review).isPositive();
  }

  /**
   * One table. With {@code onlyExampleRule}, only findings of the rules that implement the ACT rule
   * an example belongs to count (its name starts with the ACT id).
   */
  private static Counts section(StringBuilder md, String title, List<InvariantHarness.Checked> checked,
                                boolean onlyExampleRule) {
    Map<String, Counts> byRule = new TreeMap<>();
    Counts total = new Counts();
    long newFailures = 0;
    long remaining = 0;
    for (InvariantHarness.Checked c : checked) {
      RepairResult r = c.result();
      String actId = c.doc().name().split(" ")[0];
      for (RepairOutcome o : r.outcomes()) {
        if (onlyExampleRule && !o.failure().rule().act().contains(actId)) continue;
        total.add(o);
        byRule.computeIfAbsent(o.failure().rule().id(), k -> new Counts()).add(o);
      }
      newFailures += r.newFailures().size();
      remaining += r.after().results().stream().filter(x -> x.outcome() == Outcome.FAILED)
          .filter(x -> !onlyExampleRule || x.rule().act().contains(actId)).count();
    }
    md.append("## ").append(title).append("\n\n");
    md.append("| failed findings | fixed and verified | fixed, needs review | not repairable | new failures | failed results after repair |\n");
    md.append("|---:|---:|---:|---:|---:|---:|\n");
    md.append("| ").append(total.failed).append(" | ").append(share(total.fixed, total.failed)).append(" | ")
        .append(share(total.review, total.failed)).append(" | ").append(share(total.notRepairable, total.failed)).append(" | ")
        .append(newFailures).append(" | ").append(remaining).append(" |\n\n");
    md.append("| rule | failed | fixed | needs review | not repairable |\n|---|---:|---:|---:|---:|\n");
    for (Map.Entry<String, Counts> e : byRule.entrySet()) {
      Counts k = e.getValue();
      md.append("| ").append(e.getKey()).append(" | ").append(k.failed).append(" | ").append(k.fixed).append(" | ")
          .append(k.review).append(" | ").append(k.notRepairable).append(" |\n");
    }
    md.append('\n');
    return total;
  }

  private static String share(long part, long whole) {
    return part + " (" + (whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole)) + ")";
  }
}
