package org.curbcut.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.audit.PageReport;
import org.curbcut.input.PageEncoding;
import org.curbcut.input.PageLoader;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.RuleResult;
import org.curbcut.testkit.SharedData;

/**
 * Audits every page of the shared real-world corpus ({@code realworld/pages}) as the command line
 * loads files, and prints what the audit answered: cantTell and failed results per page (total and
 * median), by rule, the reasons of the contrast rule's cantTell, and the contrast failures. A
 * measurement of how often a static audit cannot decide on pages nobody tuned for, run by hand:
 * {@code java -cp bench/target/benchmarks.jar org.curbcut.bench.RealWorldOutcomes [--sheets-absent] [--passes N] [--times] [--digest] [top]}
 * (the top rules shown, 15 by default). {@code --times} prints the per-page time of parse + audit
 * (median, 95th percentile, maximum, the largest page's and the slowest pages; each page's time is
 * the shortest of its passes after the first, which warms the JVM up); {@code --digest} prints a
 * SHA-256 of every result and finding of every page, so a change meant to keep all outcomes can be
 * checked to keep them, to the message and selector. The corpus was saved without its style sheets: by default
 * their links leave the style incomplete, as for any page whose sheets cannot be read;
 * {@code --sheets-absent} reads each as an empty sheet, as a browser that cannot fetch them shows
 * the page (what a browser-based checker measured on the same files).
 */
public final class RealWorldOutcomes {
  private static final String CONTRAST = "color-contrast";

  private RealWorldOutcomes() {}

  /** What one page's audit answered. */
  private record PageCounts(String name, int cantTell, int failed, int contrastFailed) {}

  public static void main(String[] args) throws Exception {
    List<String> a = new ArrayList<>(List.of(args));
    boolean sheetsAbsent = a.remove("--sheets-absent");
    // --passes N: audit the corpus N times and time the last pass (the first ones warm the JVM up)
    int passes = 1;
    int at = a.indexOf("--passes");
    if (at >= 0) {
      passes = Integer.parseInt(a.get(at + 1));
      a.subList(at, at + 2).clear();
    }
    boolean times = a.remove("--times");
    boolean digest = a.remove("--digest");
    int top = a.isEmpty() ? 15 : Integer.parseInt(a.get(0));
    List<Path> files = pages();
    PageLoader loader = new PageLoader(PageLoader.Options.defaults());
    Auditor auditor = new Auditor(AuditOptions.defaults());
    if (times) {
      PageTimes.print(files, passes, f -> audit(f, sheetsAbsent, loader, auditor));
      return;
    }
    List<PageCounts> perPage = new ArrayList<>();
    Map<String, int[]> byRule = new TreeMap<>(); // rule -> {cantTell, failed, pages failed}
    Map<String, Integer> contrastReasons = new TreeMap<>();
    int errors = 0;
    List<Double> millis = new ArrayList<>();
    ResultDigest all = new ResultDigest();
    for (int pass = 1; pass < passes; pass++) {
      for (Path f : files) audit(f, sheetsAbsent, loader, auditor);
    }
    for (Path f : files) {
      PageReport report;
      long start = System.nanoTime();
      try {
        report = audit(f, sheetsAbsent, loader, auditor);
      } catch (Exception e) {
        errors++;
        System.out.println("unreadable " + f.getFileName() + ": " + e);
        continue;
      }
      millis.add((System.nanoTime() - start) / 1e6);
      if (digest) System.out.printf(Locale.ROOT, "digest %-36s %s%n", f.getFileName(), all.add(report));
      int cantTell = 0;
      int failed = 0;
      int contrastFailed = 0;
      java.util.Set<String> failedRules = new java.util.HashSet<>();
      for (RuleResult r : report.results()) {
        String rule = r.rule().id();
        int[] c = byRule.computeIfAbsent(rule, k -> new int[3]);
        if (r.outcome() == Outcome.CANT_TELL) {
          cantTell++;
          c[0]++;
          if (rule.equals(CONTRAST)) contrastReasons.merge(r.messageKey(), 1, Integer::sum);
        } else if (r.outcome() == Outcome.FAILED) {
          failed++;
          c[1]++;
          if (failedRules.add(rule)) c[2]++;
          if (rule.equals(CONTRAST)) contrastFailed++;
        }
      }
      perPage.add(new PageCounts(f.getFileName().toString(), cantTell, failed, contrastFailed));
    }
    print(perPage, byRule, contrastReasons, errors, top);
    if (digest) System.out.printf(Locale.ROOT, "%ndigest of all pages %s%n", all.total());
    double[] ms = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf(Locale.ROOT, "%nread + parse + audit, last of %d passes (a check, not a benchmark): median %.1f ms, total %.0f ms%n", passes,
        ms.length == 0 ? 0 : ms[ms.length / 2], millis.stream().mapToDouble(Double::doubleValue).sum());
  }

  private static PageReport audit(Path f, boolean sheetsAbsent, PageLoader loader, Auditor auditor) throws Exception {
    if (sheetsAbsent) {
      String html = PageEncoding.sniff(Files.readAllBytes(f), null).text();
      return auditor.audit(HtmlSnapshot.parse(html, f.getFileName().toString(), "", href -> Optional.of("")));
    }
    PageLoader.Resolved r = loader.resolve(f.toString()).get(0);
    return auditor.audit(loader.load(r.source()));
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> s = Files.list(SharedData.shared("realworld/pages"))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    }
  }

  private static void print(List<PageCounts> perPage, Map<String, int[]> byRule, Map<String, Integer> contrastReasons,
                            int errors, int top) {
    System.out.printf(Locale.ROOT, "%-36s %9s %7s %9s%n", "page", "cantTell", "failed", "contrast");
    for (PageCounts p : perPage) {
      System.out.printf(Locale.ROOT, "%-36s %9d %7d %9d%n", p.name(), p.cantTell(), p.failed(), p.contrastFailed());
    }
    int pages = perPage.size();
    int cantTell = perPage.stream().mapToInt(PageCounts::cantTell).sum();
    int failed = perPage.stream().mapToInt(PageCounts::failed).sum();
    int contrast = perPage.stream().mapToInt(PageCounts::contrastFailed).sum();
    long contrastPages = perPage.stream().filter(p -> p.contrastFailed() > 0).count();
    System.out.printf(Locale.ROOT, "%npages %d (unreadable %d)%n", pages, errors);
    System.out.printf(Locale.ROOT, "cantTell: total %d, median per page %.1f%n", cantTell,
        median(perPage.stream().mapToInt(PageCounts::cantTell).toArray()));
    System.out.printf(Locale.ROOT, "failed:   total %d, median per page %.1f%n", failed,
        median(perPage.stream().mapToInt(PageCounts::failed).toArray()));
    System.out.printf(Locale.ROOT, "contrast failed: %d results on %d pages%n", contrast, contrastPages);
    System.out.printf(Locale.ROOT, "%ntop rules by cantTell%n");
    byRule.entrySet().stream().filter(e -> e.getValue()[0] > 0)
        .sorted((a, b) -> b.getValue()[0] - a.getValue()[0]).limit(top)
        .forEach(e -> System.out.printf(Locale.ROOT, "  %-40s %7d%n", e.getKey(), e.getValue()[0]));
    System.out.printf(Locale.ROOT, "%ntop rules by failed (results, pages)%n");
    byRule.entrySet().stream().filter(e -> e.getValue()[1] > 0)
        .sorted((a, b) -> b.getValue()[1] - a.getValue()[1]).limit(top)
        .forEach(e -> System.out.printf(Locale.ROOT, "  %-40s %7d %4d%n", e.getKey(), e.getValue()[1], e.getValue()[2]));
    System.out.printf(Locale.ROOT, "%n%s cantTell by message%n", CONTRAST);
    contrastReasons.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
        .forEach(e -> System.out.printf(Locale.ROOT, "  %-40s %7d%n", e.getKey(), e.getValue()));
  }

  private static double median(int[] values) {
    if (values.length == 0) return 0;
    int[] v = values.clone();
    java.util.Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
  }
}
