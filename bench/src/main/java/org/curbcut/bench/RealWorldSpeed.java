package org.curbcut.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.curbcut.Curbcut;
import org.curbcut.audit.AuditReport;
import org.curbcut.audit.Auditor;
import org.curbcut.audit.Finding;
import org.curbcut.audit.PageReport;
import org.curbcut.fix.ImageAccess;
import org.curbcut.fix.RepairRequest;
import org.curbcut.fix.RepairStatus;
import org.curbcut.fix.RepairedPage;
import org.curbcut.input.LoadException;
import org.curbcut.input.LoadedPage;
import org.curbcut.input.PageInput;
import org.curbcut.input.PageLoader;
import org.curbcut.input.PageSource;
import org.curbcut.internal.lang.LanguageDetection;
import org.curbcut.report.ReportFormat;
import org.curbcut.report.ReportOptions;
import org.curbcut.rules.Outcome;
import org.curbcut.testkit.SharedData;

/**
 * Speed of Curbcut on real pages: every page of a corpus (by default the shared real-world pages,
 * {@code realworld/pages}) read as {@code curbcut audit} and {@code curbcut fix} read a folder,
 * then, per page, read + parse + audit and read + parse + repair (audit, repairs, re-audit), timed
 * on the last of {@code --passes} passes (3 by default; the first ones warm the JVM up). Each page
 * is timed as a page seen for the first time: the language-detection cache is emptied before each
 * audit and each repair. Prints the median, 95th percentile and maximum of the audit times, the
 * largest page's, repair ÷ audit (median of per-page ratios, and total ÷ total), the ten slowest
 * pages, Curbcut's failures before and after repair, and the size of the JSON report of the whole
 * corpus as {@code curbcut audit -f json} writes it. {@code --json FILE} also writes these figures
 * with per-page times, failed rules and cantTell counts (what {@code axe-realworld.mjs --misses}
 * reads).
 *
 * <p>Run by {@code bin/bench-realworld}, pinned to one core; by hand:
 * {@code taskset -c 0 java -cp bench/target/benchmarks.jar org.curbcut.bench.RealWorldSpeed
 * [--corpus DIR] [--passes N] [--sheets-absent] [--no-repair] [--json FILE]}. {@code --sheets-absent}
 * reads every linked style sheet as empty, as a browser that cannot fetch them shows the page (see
 * {@link RealWorldOutcomes}); by default their links leave the style incomplete, as the CLI does.
 */
public final class RealWorldSpeed {
  private static final int SLOWEST = 10;

  private RealWorldSpeed() {}

  /** One page's figures from the last pass. */
  private record PageFigures(String name, long bytes, double auditMs, double repairMs, List<String> failed,
                             Map<String, Integer> cantTell, int failedBefore, int verified, int review, int failedAfter,
                             String error) {}

  /** The command line. */
  private record Options(Path corpus, int passes, boolean sheetsAbsent, boolean repair, Path json) {
    static Options parse(String[] args) {
      Path corpus = null;
      int passes = 3;
      boolean sheetsAbsent = false;
      boolean repair = true;
      Path json = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--corpus" -> corpus = Path.of(value(args, ++i));
          case "--passes" -> passes = Integer.parseInt(value(args, ++i));
          case "--sheets-absent" -> sheetsAbsent = true;
          case "--no-repair" -> repair = false;
          case "--json" -> json = Path.of(value(args, ++i));
          default -> throw new IllegalArgumentException("unknown argument " + args[i]
              + " (expected --corpus DIR, --passes N, --sheets-absent, --no-repair, --json FILE)");
        }
      }
      if (passes < 1) throw new IllegalArgumentException("--passes must be at least 1");
      return new Options(corpus == null ? SharedData.shared("realworld/pages") : corpus, passes, sheetsAbsent, repair, json);
    }

    private static String value(String[] args, int i) {
      if (i >= args.length) throw new IllegalArgumentException(args[i - 1] + " needs a value");
      return args[i];
    }
  }

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    // no page timeout: a slow page is measured, not cut short
    Curbcut curbcut = Curbcut.builder().noPageTimeout().build();
    List<PageSource.LocalFile> files = pages(curbcut.loader(), o.corpus());
    if (files.isEmpty()) throw new IllegalStateException("no pages in " + o.corpus());
    List<PageFigures> figures = new ArrayList<>();
    List<PageReport> reports = new ArrayList<>();
    for (int pass = 1; pass <= o.passes(); pass++) {
      boolean last = pass == o.passes();
      for (PageSource.LocalFile f : files) {
        PageFigures p = measure(curbcut, f, o, last ? reports : null);
        if (last) figures.add(p);
      }
    }
    long reportBytes = jsonReportBytes(curbcut, reports);
    Map<String, Object> summary = summary(o, curbcut, figures, reportBytes);
    print(o, summary, figures);
    if (o.json() != null) {
      Map<String, Object> out = new LinkedHashMap<>(summary);
      out.put("pages", figures.stream().map(RealWorldSpeed::pageJson).toList());
      Files.writeString(o.json(), JsonText.write(out), StandardCharsets.UTF_8);
    }
  }

  /** Every page of the folder, as {@code curbcut audit DIR} finds them. */
  private static List<PageSource.LocalFile> pages(PageLoader loader, Path corpus) {
    List<PageSource.LocalFile> out = new ArrayList<>();
    for (PageLoader.Resolved r : loader.resolve(corpus.toString())) {
      if (r.ok() && r.source() instanceof PageSource.LocalFile f) out.add(f);
      else System.out.println("not a readable page: " + r.name() + (r.error() == null ? "" : ": " + r.error().reason()));
    }
    out.sort(Comparator.comparing(f -> f.path().toString()));
    return out;
  }

  /**
   * Audits and repairs one page, timing each from the file's bytes on.
   *
   * @param reports where the audit's report goes (for the JSON report), or null in a warm-up pass
   */
  private static PageFigures measure(Curbcut curbcut, PageSource.LocalFile f, Options o, List<PageReport> reports)
      throws IOException {
    String name = o.corpus().relativize(f.path()).toString().replace('\\', '/');
    long bytes = Files.size(f.path());
    PageReport report;
    double auditMs;
    try {
      LanguageDetection.clearCache();
      long t0 = System.nanoTime();
      report = curbcut.audit(read(curbcut.loader(), f, o.sheetsAbsent()).page());
      auditMs = (System.nanoTime() - t0) / 1e6;
    } catch (LoadException | RuntimeException e) {
      return failed(name, bytes, e.toString());
    }
    if (reports != null) reports.add(report.withoutResults()); // the JSON report lists findings only
    List<String> failed = new ArrayList<>(new TreeSet<>(report.findings().stream()
        .filter(x -> x.outcome() == Outcome.FAILED).map(Finding::rule).toList()));
    Map<String, Integer> cantTell = new TreeMap<>();
    for (Finding x : report.findings()) if (x.outcome() == Outcome.CANT_TELL) cantTell.merge(x.rule(), 1, Integer::sum);
    int failedBefore = (int) report.count(Outcome.FAILED);
    if (!o.repair()) return new PageFigures(name, bytes, auditMs, 0, failed, cantTell, failedBefore, 0, 0, failedBefore, null);

    RepairedPage repaired;
    double repairMs;
    try {
      LanguageDetection.clearCache();
      long t0 = System.nanoTime();
      LoadedPage page = read(curbcut.loader(), f, o.sheetsAbsent()).forFile();
      // as curbcut fix DIR: images from the page's own site folder
      repaired = curbcut.repair(page, RepairRequest.defaults().withImages(ImageAccess.folder(o.corpus())).withDiffPath(name));
      repairMs = (System.nanoTime() - t0) / 1e6;
    } catch (LoadException | RuntimeException e) {
      return new PageFigures(name, bytes, auditMs, 0, failed, cantTell, failedBefore, 0, 0, failedBefore, "repair: " + e);
    }
    if (!repaired.ok()) {
      return new PageFigures(name, bytes, auditMs, repairMs, failed, cantTell, failedBefore, 0, 0, failedBefore,
          "repair: " + repaired.error().orElse("stopped"));
    }
    int verified = (int) repaired.outcomes().stream().filter(x -> x.status() == RepairStatus.FIXED_VERIFIED).count();
    int review = (int) repaired.outcomes().stream().filter(x -> x.status() == RepairStatus.FIXED_NEEDS_REVIEW).count();
    int failedAfter = (int) repaired.after().map(r -> r.count(Outcome.FAILED)).orElse((long) failedBefore).longValue();
    return new PageFigures(name, bytes, auditMs, repairMs, failed, cantTell, failedBefore, verified, review, failedAfter, null);
  }

  private static PageFigures failed(String name, long bytes, String error) {
    return new PageFigures(name, bytes, 0, 0, List.of(), Map.of(), 0, 0, 0, 0, error);
  }

  /** Reads a page as the CLI does, or with every linked style sheet read as empty. */
  private static LoadedPage read(PageLoader loader, PageSource.LocalFile f, boolean sheetsAbsent) throws LoadException, IOException {
    if (!sheetsAbsent) return loader.read(f);
    byte[] bytes = Files.readAllBytes(f.path());
    String base = f.path().toAbsolutePath().normalize().toUri().toString();
    return loader.read(PageInput.of(bytes, null, base).named(f.name()).withStylesheets(href -> Optional.of("")));
  }

  /** The size of the corpus's JSON report, written as {@code curbcut audit -f json} writes it (to a temporary file). */
  private static long jsonReportBytes(Curbcut curbcut, List<PageReport> reports) throws IOException {
    AuditReport all = new AuditReport(Auditor.TOOL_NAME, Auditor.version(), curbcut.auditOptions().level(),
        Instant.now(), reports);
    Path tmp = Files.createTempFile("curbcut-realworld-", ".json");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        ReportFormat.JSON.write(all, out, ReportOptions.defaults());
      }
      return Files.size(tmp);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static Map<String, Object> summary(Options o, Curbcut curbcut, List<PageFigures> all, long reportBytes) {
    List<PageFigures> ok = all.stream().filter(p -> p.error() == null).toList();
    double[] audit = ok.stream().mapToDouble(PageFigures::auditMs).toArray();
    double[] repair = ok.stream().mapToDouble(PageFigures::repairMs).toArray();
    double[] ratios = ok.stream().filter(p -> p.auditMs() > 0).mapToDouble(p -> p.repairMs() / p.auditMs()).toArray();
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("tool", "curbcut " + Auditor.version());
    s.put("corpus", o.corpus().getFileName() == null ? o.corpus().toString() : o.corpus().getFileName().toString());
    s.put("passes", o.passes());
    s.put("sheets", o.sheetsAbsent() ? "absent (read as empty)" : "as the CLI reads them (missing ones leave the style incomplete)");
    s.put("processors", Runtime.getRuntime().availableProcessors());
    s.put("java", System.getProperty("java.version"));
    s.put("pageCount", all.size());
    s.put("errors", all.stream().filter(p -> p.error() != null).map(p -> p.name() + ": " + p.error()).toList());
    s.put("auditMs", timeFigures(audit));
    ok.stream().max(Comparator.comparingLong(PageFigures::bytes)).ifPresent(p -> s.put("largest",
        map("name", p.name(), "bytes", p.bytes(), "auditMs", p.auditMs(), "repairMs", p.repairMs())));
    if (o.repair()) {
      s.put("repairMs", timeFigures(repair));
      s.put("repairOverAudit", map("medianOfRatios", Stats.median(ratios),
          "total", Stats.sum(audit) == 0 ? 0.0 : Stats.sum(repair) / Stats.sum(audit)));
    }
    s.put("slowest", ok.stream().sorted(Comparator.comparingDouble(PageFigures::auditMs).reversed()).limit(SLOWEST)
        .map(p -> map("name", p.name(), "bytes", p.bytes(), "auditMs", p.auditMs(), "repairMs", p.repairMs())).toList());
    s.put("jsonReportBytes", reportBytes);
    s.put("failedBefore", ok.stream().mapToInt(PageFigures::failedBefore).sum());
    s.put("cantTell", ok.stream().mapToInt(p -> p.cantTell().values().stream().mapToInt(Integer::intValue).sum()).sum());
    if (o.repair()) {
      s.put("fixedVerified", ok.stream().mapToInt(PageFigures::verified).sum());
      s.put("fixedNeedsReview", ok.stream().mapToInt(PageFigures::review).sum());
      s.put("failedAfter", ok.stream().mapToInt(PageFigures::failedAfter).sum());
      s.put("pagesWhereFailuresGrew", ok.stream().filter(p -> p.failedAfter() > p.failedBefore()).map(PageFigures::name).toList());
    }
    s.put("rules", curbcut.rules().stream().map(r -> r.meta().id()).sorted().toList());
    return s;
  }

  private static Map<String, Object> timeFigures(double[] ms) {
    return map("median", Stats.median(ms), "p95", Stats.percentile(ms, 95), "max", Stats.max(ms), "total", Stats.sum(ms));
  }

  private static Map<String, Object> pageJson(PageFigures p) {
    Map<String, Object> m = map("name", p.name(), "bytes", p.bytes(), "auditMs", p.auditMs(), "repairMs", p.repairMs(),
        "failed", p.failed(), "cantTell", p.cantTell(), "failedBefore", p.failedBefore(), "fixedVerified", p.verified(), "fixedNeedsReview", p.review(),
        "failedAfter", p.failedAfter());
    if (p.error() != null) m.put("error", p.error());
    return m;
  }

  /** An ordered map from alternating keys and values. */
  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  @SuppressWarnings("unchecked")
  private static void print(Options o, Map<String, Object> s, List<PageFigures> all) {
    Map<String, Object> audit = (Map<String, Object>) s.get("auditMs");
    System.out.printf(Locale.ROOT, "Curbcut %s on %d pages of %s, last of %d passes, %d processor(s) visible, Java %s%n",
        Auditor.version(), all.size(), o.corpus().getFileName(), o.passes(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    System.out.println("style sheets: " + s.get("sheets"));
    for (Object e : (List<Object>) s.get("errors")) System.out.println("error: " + e);
    System.out.printf(Locale.ROOT, "read + parse + audit:  median %.1f ms, p95 %.1f ms, max %.1f ms, total %.0f ms%n",
        audit.get("median"), audit.get("p95"), audit.get("max"), audit.get("total"));
    Map<String, Object> largest = (Map<String, Object>) s.get("largest");
    if (largest != null) {
      System.out.printf(Locale.ROOT, "largest page: %s (%.0f KB): audit %.1f ms%n", largest.get("name"),
          ((Long) largest.get("bytes")) / 1024.0, largest.get("auditMs"));
    }
    if (o.repair()) {
      Map<String, Object> repair = (Map<String, Object>) s.get("repairMs");
      Map<String, Object> ratio = (Map<String, Object>) s.get("repairOverAudit");
      System.out.printf(Locale.ROOT, "read + parse + repair: median %.1f ms, p95 %.1f ms, max %.1f ms, total %.0f ms%n",
          repair.get("median"), repair.get("p95"), repair.get("max"), repair.get("total"));
      System.out.printf(Locale.ROOT, "repair ÷ audit: median of per-page ratios %.2f, total ÷ total %.2f%n",
          ratio.get("medianOfRatios"), ratio.get("total"));
    }
    System.out.printf(Locale.ROOT, "%d slowest pages (audit):%n", SLOWEST);
    System.out.printf(Locale.ROOT, "  %-36s %9s %10s %10s%n", "page", "KB", "audit ms", "repair ms");
    for (Object x : (List<Object>) s.get("slowest")) {
      Map<String, Object> p = (Map<String, Object>) x;
      System.out.printf(Locale.ROOT, "  %-36s %9.0f %10.1f %10.1f%n", p.get("name"), ((Long) p.get("bytes")) / 1024.0,
          p.get("auditMs"), p.get("repairMs"));
    }
    long bytes = (Long) s.get("jsonReportBytes");
    System.out.printf(Locale.ROOT, "JSON report of the corpus (as curbcut audit -f json): %d bytes (%.1f MB)%n", bytes,
        bytes / (1024.0 * 1024.0));
    System.out.printf(Locale.ROOT, "Curbcut findings: %d failed, %d cantTell", s.get("failedBefore"), s.get("cantTell"));
    if (o.repair()) {
      System.out.printf(Locale.ROOT, "; repair: %d fixed and verified, %d fixed needing review, %d failed remain; pages whose failures grew: %s",
          s.get("fixedVerified"), s.get("fixedNeedsReview"), s.get("failedAfter"), s.get("pagesWhereFailuresGrew"));
    }
    System.out.println();
  }
}
