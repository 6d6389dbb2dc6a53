package org.curbcut.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.audit.PageReport;
import org.curbcut.input.PageLoader;
import org.curbcut.snapshot.Page;

/**
 * Peak heap of auditing one big page the way {@code curbcut audit page.html} does (read the file,
 * decode, parse, audit). Writes a generated page of the given size (MB, default 50) to a temporary
 * file, then measures the heap while loading and auditing it: the highest heap use seen by a 5 ms
 * sampler or just before any garbage collection. Run under the -Xmx to test; prints one line, which
 * says OUT OF MEMORY when the audit ran out of it (the exit code does not: only the command line
 * ends the JVM with a code of its own). Arguments: {@code [MB] [--exclude-rules id,id]}.
 */
public final class PeakHeap {
  private PeakHeap() {}

  public static void main(String[] args) throws Exception {
    int mb = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    List<String> exclude = args.length > 2 && args[1].equals("--exclude-rules") ? List.of(args[2].split(",")) : List.of();
    AuditOptions options = new AuditOptions(AuditOptions.defaults().level(), List.of(), exclude, List.of());
    Path file = Files.createTempFile("curbcut-big-", ".html");
    try {
      PageGenerator.write(file, mb * 1024L * 1024L, 42);
      long size = Files.size(file);
      HeapWatch watch = HeapWatch.start();
      long baseline = watch.baseline();

      long t0 = System.nanoTime();
      int elements;
      int findings;
      long pageRetained;
      long allRetained;
      try {
        PageLoader loader = new PageLoader(PageLoader.Options.defaults().withMaxBytes(Long.MAX_VALUE));
        PageLoader.Resolved r = loader.resolve(file.toString()).get(0);
        Page page = loader.load(r.source());
        elements = page.elements().size();
        pageRetained = HeapWatch.retained();
        PageReport report = new Auditor(options).audit(page);
        findings = report.findings().size();
        allRetained = HeapWatch.retained();
        java.lang.ref.Reference.reachabilityFence(page);
        java.lang.ref.Reference.reachabilityFence(report);
      } catch (OutOfMemoryError | org.curbcut.input.LoadException e) {
        if (e instanceof org.curbcut.input.LoadException le && !le.reason().contains("memory")) throw le;
        watch.stop();
        System.out.printf(Locale.ROOT, "peak-heap: %.1f MB page: OUT OF MEMORY with max heap %d MB%n",
            size / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
        return;
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      long peak = watch.stop();
      System.out.printf(Locale.ROOT,
          "peak-heap: %.1f MB page, %d elements, %d findings, %.1f s to read+parse+audit; peak heap used %d MB"
              + " (baseline %d MB; retained: page %d MB, page+report %d MB), max heap %d MB%n",
          size / 1048576.0, elements, findings, seconds, peak / 1048576, baseline / 1048576,
          pageRetained / 1048576, allRetained / 1048576, Runtime.getRuntime().maxMemory() / 1048576);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
