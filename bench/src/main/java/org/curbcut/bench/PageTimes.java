package org.curbcut.bench;

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
 * the 95th percentile and the maximum over pages, the largest page's time and the slowest pages.
 */
final class PageTimes {
  private static final int SLOWEST = 10;

  /** Audits one page (what is timed). */
  @FunctionalInterface
  interface PageAudit {
    Object run(Path page) throws Exception;
  }

  private record Timed(Path page, long bytes, double millis) {}

  private PageTimes() {}

  static void print(List<Path> pages, int passes, PageAudit audit) throws Exception {
    int timedPasses = Math.max(1, passes - 1);
    for (Path p : pages) audit.run(p);
    double[][] samples = new double[pages.size()][timedPasses];
    for (int pass = 0; pass < timedPasses; pass++) {
      for (int i = 0; i < pages.size(); i++) {
        long start = System.nanoTime();
        audit.run(pages.get(i));
        samples[i][pass] = (System.nanoTime() - start) / 1e6;
      }
    }
    List<Timed> timed = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      timed.add(new Timed(pages.get(i), Files.size(pages.get(i)), Arrays.stream(samples[i]).min().orElseThrow()));
    }
    double[] ms = timed.stream().mapToDouble(Timed::millis).sorted().toArray();
    Timed largest = timed.stream().max(Comparator.comparingLong(Timed::bytes)).orElseThrow();
    System.out.printf(Locale.ROOT, "read + parse + audit of %d pages, each the shortest of %d passes after one warm-up pass%n",
        ms.length, timedPasses);
    System.out.printf(Locale.ROOT, "median %.1f ms, p95 %.1f ms, max %.1f ms, total %.0f ms%n",
        median(ms), percentile(ms, 95), ms[ms.length - 1], Arrays.stream(ms).sum());
    System.out.printf(Locale.ROOT, "largest page %s (%d KB): %.1f ms%n", largest.page().getFileName(),
        largest.bytes() / 1024, largest.millis());
    System.out.printf(Locale.ROOT, "slowest pages%n");
    timed.stream().sorted(Comparator.comparingDouble(Timed::millis).reversed()).limit(SLOWEST)
        .forEach(t -> System.out.printf(Locale.ROOT, "  %-36s %6d KB %8.1f ms%n", t.page().getFileName(),
            t.bytes() / 1024, t.millis()));
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
