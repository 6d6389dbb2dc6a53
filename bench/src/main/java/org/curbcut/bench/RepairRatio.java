package org.curbcut.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.fix.RepairEngine;
import org.curbcut.internal.lang.LanguageDetection;
import org.curbcut.internal.snapshot.HtmlSnapshot;

/**
 * A check on the JMH repair figures: for each page, alternates parse + audit and parse + repair
 * of the same page in one JVM (after a warm-up) and prints repair time ÷ audit time, for a page
 * seen the first time (language-detection cache emptied) and seen before. Usage:
 * {@code java -cp bench/target/benchmarks.jar org.curbcut.bench.RepairRatio [rounds]}.
 */
public final class RepairRatio {
  private RepairRatio() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 600;
    List<String[]> pages = new ArrayList<>();
    for (Path p : Corpus.demoPages()) pages.add(new String[] {p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)});
    pages.add(new String[] {"typical 50 KB page", PageGenerator.generate(AuditBench.TYPICAL_BYTES, 7)});
    Auditor auditor = new Auditor(AuditOptions.defaults());
    RepairEngine repairer = AuditBench.repairEngine();
    System.out.printf(Locale.ROOT, "%-22s %10s %12s %8s %12s %8s%n", "page", "audit ms", "repair ms", "ratio", "seen ms", "ratio");
    for (String[] page : pages) {
      int n = page[0].startsWith("typical") ? Math.max(1, rounds / 4) : rounds;
      measure(auditor, repairer, page[1], n / 2, true); // warm-up
      double[] first = measure(auditor, repairer, page[1], n, true);
      double[] seen = measure(auditor, repairer, page[1], n, false);
      System.out.printf(Locale.ROOT, "%-22s %10.2f %12.2f %8.2f %12.2f %8.2f%n", page[0], first[0], first[1],
          first[1] / first[0], seen[1], seen[1] / seen[0]);
    }
  }

  /** Mean ms of parse + audit and of parse + repair over n alternations. */
  private static double[] measure(Auditor auditor, RepairEngine repairer, String html, int n, boolean firstTime) {
    long audit = 0;
    long repair = 0;
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      auditor.audit(HtmlSnapshot.parse(html, "page.html"));
      long t1 = System.nanoTime();
      if (firstTime) LanguageDetection.clearCache();
      long t2 = System.nanoTime();
      repairer.repair(HtmlSnapshot.parse(html, "page.html"), t -> HtmlSnapshot.parse(t, "page.html"));
      long t3 = System.nanoTime();
      audit += t1 - t0;
      repair += t3 - t2;
    }
    return new double[] {audit / 1e6 / n, repair / 1e6 / n};
  }
}
