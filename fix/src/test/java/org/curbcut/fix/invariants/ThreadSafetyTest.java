package org.curbcut.fix.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.AuditReport;
import org.curbcut.audit.Auditor;
import org.curbcut.audit.PageReport;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairEngine;
import org.curbcut.fix.RepairOutcome;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.alt.AltTextPipeline;
import org.curbcut.fix.alt.ContextDescriber;
import org.curbcut.fix.alt.DecorativeDescriber;
import org.curbcut.fix.alt.ImageFetcher;
import org.curbcut.internal.fixers.Fixers;
import org.curbcut.report.ReportFormat;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.SourcePosition;
import org.junit.jupiter.api.Test;

/**
 * No state outside an audit or a repair run: 1,000 pages audited and repaired by one shared
 * {@link Auditor} and one shared {@link RepairEngine} on 16 threads give exactly what the same
 * pages give one after the other. A server and a Spark executor work this way, so a cache shared
 * between pages (a static map keyed by page, a "last page" slot, a global id counter) shows up
 * here as a page whose results depend on what ran beside it or before it.
 *
 * <p>The pages: the 4 demo-site pages 10 times each (the largest pages, 3 to 6 KB, each one page
 * object audited and repaired on several threads at once, as a proxy serving one URL to many
 * visitors may), 560 ACT test-case examples (passed, failed and inapplicable, spread evenly over
 * all 1,174; 300 characters on average) and 400 html5lib documents (spread evenly over all 1,796;
 * a few dozen characters each). Each page is parsed once: both runs audit and repair the same page
 * objects, so state a run leaves behind on a page (ids handed out, answers remembered) changes the
 * second run's results. The parallel run takes the pages in a shuffled order.
 *
 * <p>Per page it compares the JSON audit report (without its start time), the repaired text, each
 * repair outcome (rule, target position, status, change, value, confidence, reason), the new
 * failures and the JSON report of the re-audit. The repair engine is built as the command line
 * builds it, without OCR (AuditBench.repairEngine does the same).
 */
class ThreadSafetyTest {
  private static final int THREADS = 16;
  private static final int DEMO_COPIES = 10;
  private static final int ACT_PAGES = 560;
  private static final int HTML5LIB_PAGES = 400;
  /** Only catches a hang (a corrupted shared hash map can loop forever); the run takes well under a minute. */
  private static final long HANG_MINUTES = 10;

  @Test
  void sixteenThreadsGiveExactlyTheSerialResults() throws Exception {
    List<Job> pages = pages();
    assertThat(pages).hasSize(1000);
    Auditor auditor = new Auditor(AuditOptions.defaults());
    RepairEngine repairer = repairEngine();

    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    String[] serial = new String[pages.size()];
    for (int i = 0; i < pages.size(); i++) serial[i] = results(pages.get(i), auditor, repairer);
    long serialMs = (System.nanoTime() - t0) / 1_000_000;
    // the same page object audited and repaired again, on the same thread, gives the same results
    Map<Integer, String> repeats = new TreeMap<>();
    for (int i = 0; i < pages.size(); i++) {
      int first = pages.indexOf(pages.get(i));
      if (!serial[i].equals(serial[first])) repeats.put(i, firstDifference(serial[first], serial[i], "first", "second"));
    }

    List<Integer> order = new ArrayList<>(IntStream.range(0, pages.size()).boxed().toList());
    Collections.shuffle(order, new Random(7));
    Map<Integer, String> different = new ConcurrentSkipListMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    long t1 = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i : order) {
        running.add(pool.submit(() -> {
          go.await();
          String got = results(pages.get(i), auditor, repairer);
          if (!got.equals(serial[i])) different.put(i, firstDifference(serial[i], got, "serial", "parallel"));
          return null;
        }));
      }
      go.countDown();
      pool.shutdown();
      assertThat(pool.awaitTermination(HANG_MINUTES, TimeUnit.MINUTES)).as("the parallel run finished").isTrue();
      for (Future<?> f : running) f.get();
    } finally {
      pool.shutdownNow();
    }
    long parallelMs = (System.nanoTime() - t1) / 1_000_000;
    System.out.printf("thread safety: %d pages, serial %d ms, %d threads %d ms (process CPU %d s); %d differ on a second run,"
        + " %d differ on %d threads%n", pages.size(), serialMs, THREADS, parallelMs, (processCpuNanos() - cpu0) / 1_000_000_000,
        repeats.size(), different.size(), THREADS);

    assertThat(describe(repeats, pages)).as("pages whose second audit and repair (serial) differs from the first (%d in all)",
        repeats.size()).isEmpty();
    assertThat(describe(different, pages)).as("pages whose results on %d threads differ from the serial run (%d in all)",
        THREADS, different.size()).isEmpty();
  }

  private static List<String> describe(Map<Integer, String> differences, List<Job> pages) {
    return differences.entrySet().stream().limit(10).map(e -> pages.get(e.getKey()).name() + ": " + e.getValue()).toList();
  }

  /** One page to audit and repair: parsed once, and how to parse its repaired text. */
  record Job(String name, Page page, Function<String, Page> reparse) {
    static Job of(Corpora.Doc doc) {
      return new Job(doc.name(), doc.page(), doc.parser());
    }
  }

  /** The demo pages, ACT examples and html5lib documents the test runs, in a fixed order. */
  static List<Job> pages() {
    List<Job> out = new ArrayList<>();
    List<Job> demo = Corpora.demoSite(Corpora.demoSite()).stream().map(Job::of).toList();
    assertThat(demo).hasSize(4);
    for (int copy = 0; copy < DEMO_COPIES; copy++) out.addAll(demo);
    spread(Corpora.actExamples(), ACT_PAGES).forEach(d -> out.add(Job.of(d)));
    spread(Corpora.html5lib(), HTML5LIB_PAGES).forEach(d -> out.add(Job.of(d)));
    return out;
  }

  /** {@code n} items taken at even steps through the whole list. */
  private static <T> List<T> spread(List<T> all, int n) {
    assertThat(all.size()).isGreaterThanOrEqualTo(n);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(all.get((int) ((long) i * all.size() / n)));
    return out;
  }

  /** As the command line builds it, without OCR: every fixer, alt text from decorative detection and context. */
  private static RepairEngine repairEngine() {
    AltTextPipeline alt = new AltTextPipeline(List.of(new DecorativeDescriber(), new ContextDescriber()),
        ImageFetcher.defaults(null));
    return new RepairEngine(AuditOptions.defaults(), Fixers.all(alt), Confidence.NEEDS_REVIEW);
  }

  /** Everything one page's audit and repair produce, as text: equal texts mean equal results. */
  static String results(Job job, Auditor auditor, RepairEngine repairer) {
    Page page = job.page();
    StringBuilder b = new StringBuilder();
    b.append("== audit\n").append(json(auditor.audit(page)));
    RepairResult r = repairer.repair(page, job.reparse());
    b.append("\n== repaired text\n").append(r.repairedText());
    b.append("\n== outcomes\n");
    for (RepairOutcome o : r.outcomes()) {
      b.append(o.failure().rule().id()).append(" at ").append(position(o.failure().target(), page))
          .append(' ').append(o.status().label());
      if (o.repair() != null) {
        b.append(" | ").append(o.repair().change()).append(" | ").append(o.repair().value())
            .append(" | ").append(o.repair().confidence().label());
      }
      if (o.reason() != null) b.append(" | ").append(o.reason());
      b.append('\n');
    }
    b.append("== new failures\n");
    for (RuleResult f : r.newFailures()) b.append(f.rule().id()).append(" at ").append(position(f.target(), page)).append('\n');
    b.append("== re-audit\n").append(json(r.after()));
    return b.toString();
  }

  private static String position(Element e, Page page) {
    SourcePosition p = e.startTag().start();
    return p.line() + ":" + p.column() + " (" + p.offset() + ")" + (e.page() == page ? "" : " in a frame");
  }

  /** The page's JSON report without a start time (the only part that differs from run to run by design). */
  private static String json(PageReport report) {
    AuditOptions o = AuditOptions.defaults();
    AuditReport whole = new AuditReport(Auditor.TOOL_NAME, Auditor.version(), o.level(), null, List.of(report));
    StringWriter w = new StringWriter();
    try {
      ReportFormat.JSON.write(whole, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** CPU time of the whole JVM so far (the wall-clock figures depend on what else runs on the machine). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Where two result texts part, with a little of each, for the failure message. */
  private static String firstDifference(String expected, String actual, String expectedRun, String actualRun) {
    int i = 0;
    int n = Math.min(expected.length(), actual.length());
    while (i < n && expected.charAt(i) == actual.charAt(i)) i++;
    int from = Math.max(0, expected.lastIndexOf('\n', i) + 1);
    return "at character " + i + ": " + expectedRun + " [" + excerpt(expected, from) + "] vs " + actualRun + " ["
        + excerpt(actual, from) + "]";
  }

  private static String excerpt(String s, int from) {
    String e = s.substring(Math.min(from, s.length()), Math.min(s.length(), from + 160));
    return e.replace("\n", "\\n");
  }
}
