package org.curbcut.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
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
      System.gc();
      long baseline = heapUsed();
      AtomicLong peak = new AtomicLong(baseline);
      watchGc(peak);
      Thread sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          peak.accumulateAndGet(heapUsed(), Math::max);
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-sampler");
      sampler.setDaemon(true);
      sampler.start();

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
        pageRetained = retained();
        PageReport report = new Auditor(options).audit(page);
        findings = report.findings().size();
        peak.accumulateAndGet(heapUsed(), Math::max);
        allRetained = retained();
        java.lang.ref.Reference.reachabilityFence(page);
        java.lang.ref.Reference.reachabilityFence(report);
      } catch (OutOfMemoryError | org.curbcut.input.LoadException e) {
        if (e instanceof org.curbcut.input.LoadException le && !le.reason().contains("memory")) throw le;
        sampler.interrupt();
        System.out.printf(Locale.ROOT, "peak-heap: %.1f MB page: OUT OF MEMORY with max heap %d MB%n",
            size / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
        return;
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      sampler.interrupt();
      System.out.printf(Locale.ROOT,
          "peak-heap: %.1f MB page, %d elements, %d findings, %.1f s to read+parse+audit; peak heap used %d MB"
              + " (baseline %d MB; retained: page %d MB, page+report %d MB), max heap %d MB%n",
          size / 1048576.0, elements, findings, seconds, peak.get() / 1048576, baseline / 1048576,
          pageRetained / 1048576, allRetained / 1048576, Runtime.getRuntime().maxMemory() / 1048576);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Heap in use after a full collection: what is still reachable. */
  private static long retained() {
    System.gc();
    return heapUsed();
  }

  private static long heapUsed() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) used += pool.getUsage().getUsed();
    }
    return used;
  }

  /** Records heap use just before every collection: the peaks the sampler can miss. */
  private static void watchGc(AtomicLong peak) {
    java.util.Set<String> heapPools = new java.util.HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) heapPools.add(pool.getName());
    }
    List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
    for (GarbageCollectorMXBean gc : gcs) {
      if (!(gc instanceof NotificationEmitter emitter)) continue;
      emitter.addNotificationListener((n, h) -> {
        if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long before = 0;
        for (var e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
          if (heapPools.contains(e.getKey())) before += e.getValue().getUsed();
        }
        long total = before;
        peak.accumulateAndGet(total, Math::max);
      }, null, null);
    }
  }
}
