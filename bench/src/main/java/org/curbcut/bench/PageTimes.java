package org.curbcut.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The time of read + parse + audit of each page of a corpus, on the current thread: one pass warms
 * the JVM up, each page's time is then the shortest of the passes that follow (at least one),
 * which keeps a pause of another process on a shared machine, or a collection, out of a page's
 * figure. Prints the median,
 * the 95th percentile and the maximum over pages, the largest page's time and the slowest pages;
 * the same figures in the thread's CPU time too, which other processes on a busy machine change
 * less (collections on other threads are not in it).
 */
final class PageTimes {
  private static final int SLOWEST = 10;

  /** Audits one page (what is timed). */
  @FunctionalInterface
  interface PageAudit {
    Object run(Path page) throws Exception;
  }

  private record Timed(Path page, long bytes, double millis, double cpuMillis) {}

  private PageTimes() {}

  static void print(List<Path> pages, int passes, PageAudit audit) throws Exception {
    int timedPasses = Math.max(1, passes - 1);
    for (Path p : pages) audit.run(p);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] wall = new double[pages.size()][timedPasses];
    double[][] cpu = new double[pages.size()][timedPasses];
    for (int pass = 0; pass < timedPasses; pass++) {
      for (int i = 0; i < pages.size(); i++) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        audit.run(pages.get(i));
        wall[i][pass] = (System.nanoTime() - start) / 1e6;
        cpu[i][pass] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
      }
    }
    List<Timed> timed = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      timed.add(new Timed(pages.get(i), Files.size(pages.get(i)), Arrays.stream(wall[i]).min().orElseThrow(),
          Arrays.stream(cpu[i]).min().orElseThrow()));
    }
    Timed largest = timed.stream().max(Comparator.comparingLong(Timed::bytes)).orElseThrow();
    System.out.printf(Locale.ROOT, "read + parse + audit of %d pages, each the shortest of %d passes after one warm-up pass%n",
        timed.size(), timedPasses);
    summary("elapsed", timed.stream().mapToDouble(Timed::millis).sorted().toArray(), largest.millis());
    summary("thread CPU", timed.stream().mapToDouble(Timed::cpuMillis).sorted().toArray(), largest.cpuMillis());
    System.out.printf(Locale.ROOT, "largest page %s (%d KB)%n", largest.page().getFileName(), largest.bytes() / 1024);
    System.out.printf(Locale.ROOT, "slowest pages%n");
    timed.stream().sorted(Comparator.comparingDouble(Timed::millis).reversed()).limit(SLOWEST)
        .forEach(t -> System.out.printf(Locale.ROOT, "  %-36s %6d KB %8.1f ms (CPU %.1f ms)%n", t.page().getFileName(),
            t.bytes() / 1024, t.millis(), t.cpuMillis()));
  }

  private static void summary(String what, double[] sorted, double largest) {
    System.out.printf(Locale.ROOT, "%-10s median %.1f ms, p95 %.1f ms, max %.1f ms, largest page %.1f ms, total %.0f ms%n",
        what, median(sorted), percentile(sorted, 95), sorted[sorted.length - 1], largest, Arrays.stream(sorted).sum());
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  /** The nearest-rank percentile of sorted values. */
  private static double percentile(double[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
