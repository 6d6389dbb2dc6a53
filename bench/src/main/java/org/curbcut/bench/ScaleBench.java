package org.curbcut.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.curbcut.Curbcut;
import org.curbcut.audit.PageReport;
import org.curbcut.fix.RepairRequest;
import org.curbcut.fix.RepairedPage;
import org.curbcut.input.PageInput;
import org.curbcut.snapshot.Page;
import org.curbcut.testkit.AdversarialPages;

/**
 * Time and peak heap against page size: realistic pages of 0.1–16 MB ({@link PageGenerator}) and
 * each {@link AdversarialPages} shape at 1/16, 1/8, … of its full size, doubling each time, with
 * the growth factor per doubling (linear work gives 2.0). Each size runs {@code --repeat} times
 * (default 3) after a collection, and the median time and the highest peak are shown; the smallest
 * size runs once more first, unmeasured, so the first doubling does not include the JIT's warm-up. A
 * shape stops doubling once a run takes longer than the budget. Arguments:
 * {@code [--repair] [--budget SECONDS] [--repeat N] [shape …]} where a shape is {@code ordinary} or
 * an adversarial shape's label ({@code nested-divs}); no shape means all.
 */
public final class ScaleBench {
  private ScaleBench() {}

  public static void main(String[] args) {
    boolean repair = false;
    double budget = 60;
    int repeat = 3;
    List<String> shapes = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--repair" -> repair = true;
        case "--budget" -> budget = Double.parseDouble(args[++i]);
        case "--repeat" -> repeat = Integer.parseInt(args[++i]);
        default -> shapes.add(args[i]);
      }
    }
    if (shapes.isEmpty()) {
      shapes.add("ordinary");
      for (AdversarialPages s : AdversarialPages.values()) shapes.add(s.label());
    }
    Curbcut curbcut = Curbcut.builder().withoutStandardDescribers().build();
    System.out.printf(Locale.ROOT, "%-14s %8s %10s %9s %10s %9s %7s%n", "shape", "n", "bytes", "elements",
        repair ? "repair ms" : "audit ms", "peak MB", "growth");
    for (String shape : shapes) run(curbcut, shape, repair, budget, repeat);
  }

  private static void run(Curbcut curbcut, String shape, boolean repair, double budget, int repeat) {
    List<Integer> sizes = new ArrayList<>();
    AdversarialPages adversarial = null;
    if (shape.equals("ordinary")) {
      for (int kb = 128; kb <= 16 * 1024; kb *= 2) sizes.add(kb * 1024);
    } else {
      adversarial = find(shape);
      for (int d = 16; d >= 1; d /= 2) sizes.add(adversarial.fullSize() / d);
    }
    AdversarialPages pages = adversarial;
    IntFunction<String> page = n -> pages == null ? PageGenerator.generate(n, 42) : pages.html(n);
    once(curbcut, page.apply(sizes.get(0)), repair); // warm-up
    double previous = Double.NaN;
    for (int n : sizes) {
      String html = page.apply(n);
      int elements = Curbcut.parse(html, "bench.html").elements().size();
      double[] times = new double[repeat];
      long peak = 0;
      String note = "";
      for (int i = 0; i < repeat; i++) {
        System.gc();
        HeapWatch watch = HeapWatch.start();
        long t0 = System.nanoTime();
        note = once(curbcut, html, repair);
        times[i] = (System.nanoTime() - t0) / 1e6;
        peak = Math.max(peak, watch.stop() - watch.baseline());
        if (times[i] > budget * 1000) {
          times = Arrays.copyOf(times, i + 1);
          break;
        }
      }
      Arrays.sort(times);
      double ms = times[times.length / 2];
      String growth = Double.isNaN(previous) ? "" : String.format(Locale.ROOT, "%.2f×", ms / previous);
      System.out.printf(Locale.ROOT, "%-14s %8d %10d %9d %10.1f %9.1f %7s%s%n", shape, n, html.length(), elements, ms,
          peak / 1048576.0, growth, note);
      previous = ms;
      if (ms > budget * 1000) {
        System.out.printf(Locale.ROOT, "%-14s stops doubling: over the %.0f s budget%n", shape, budget);
        break;
      }
    }
  }

  /** One parse and audit (or one repair) of the page; a note when the repair failed. */
  private static String once(Curbcut curbcut, String html, boolean repair) {
    if (repair) {
      RepairedPage r = curbcut.repair(PageInput.ofText(html, "bench.html"), RepairRequest.defaults());
      return r.ok() ? "" : " (" + r.error().orElse("failed") + ")";
    }
    Page parsed = Curbcut.parse(html, "bench.html");
    PageReport report = curbcut.audit(parsed);
    java.lang.ref.Reference.reachabilityFence(report);
    return "";
  }

  private static AdversarialPages find(String label) {
    for (AdversarialPages s : AdversarialPages.values()) if (s.label().equals(label)) return s;
    throw new IllegalArgumentException("unknown shape '" + label + "'");
  }
}
