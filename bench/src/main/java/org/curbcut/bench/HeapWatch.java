package org.curbcut.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap for the highest use: a 5 ms sampler, and the use just before every garbage
 * collection (the peaks a sampler misses). One watch per measured run; {@link #stop()} gives the peak.
 */
final class HeapWatch {
  private static final AtomicLong CURRENT_PEAK = new AtomicLong();
  private static volatile boolean listening;

  private final long baseline;
  private final Thread sampler;

  private HeapWatch() {
    baseline = retained();
    CURRENT_PEAK.set(baseline);
    listenToCollections();
    sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        CURRENT_PEAK.accumulateAndGet(used(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Collects the garbage, then starts watching. */
  static HeapWatch start() {
    return new HeapWatch();
  }

  /** Heap in use after a full collection when the watch started. */
  long baseline() {
    return baseline;
  }

  /** Stops watching; the highest heap use seen, in bytes, baseline included. */
  long stop() {
    CURRENT_PEAK.accumulateAndGet(used(), Math::max);
    sampler.interrupt();
    return CURRENT_PEAK.get();
  }

  /** Heap in use after a full collection: what is still reachable. */
  static long retained() {
    System.gc();
    return used();
  }

  static long used() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) used += pool.getUsage().getUsed();
    }
    return used;
  }

  private static synchronized void listenToCollections() {
    if (listening) return;
    listening = true;
    Set<String> heapPools = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) heapPools.add(pool.getName());
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (!(gc instanceof NotificationEmitter emitter)) continue;
      emitter.addNotificationListener((n, h) -> {
        if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long before = 0;
        for (var e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
          if (heapPools.contains(e.getKey())) before += e.getValue().getUsed();
        }
        CURRENT_PEAK.accumulateAndGet(before, Math::max);
      }, null, null);
    }
  }
}
