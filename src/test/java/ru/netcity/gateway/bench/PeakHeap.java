package ru.netcity.gateway.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use at any time: the heap just before each collection (the peak between two
 * collections), and now. The sum of the pools' own peaks would overstate it, as they peak apart.
 */
final class PeakHeap {
  private final AtomicLong peak = new AtomicLong();
  private final AtomicLong live = new AtomicLong();

  static PeakHeap watch() {
    PeakHeap heap = new PeakHeap();
    // the collectors report every pool, Metaspace and the code cache too: only the heap's count
    Set<String> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                    notification.getType())) {
                  var info =
                      GarbageCollectionNotificationInfo.from(
                          (CompositeData) notification.getUserData());
                  long used =
                      info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                          .filter(pool -> heapPools.contains(pool.getKey()))
                          .mapToLong(pool -> pool.getValue().getUsed())
                          .sum();
                  heap.peak.accumulateAndGet(used, Math::max);
                  long after =
                      info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                          .filter(pool -> heapPools.contains(pool.getKey()))
                          .mapToLong(pool -> pool.getValue().getUsed())
                          .sum();
                  if (info.getGcAction().contains("major")) { // a young one leaves old garbage
                    heap.live.accumulateAndGet(after, Math::max);
                  }
                }
              },
              null,
              null);
    }
    return heap;
  }

  /** Starts counting anew (e.g. per round). */
  void reset() {
    peak.set(0);
    live.set(0);
  }

  /**
   * The most heap left after a full collection: what the audit really holds, plus H2's cache (0
   * when none ran).
   */
  long liveMegabytes() {
    return live.get() >> 20;
  }

  long megabytes() {
    long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return Math.max(peak.get(), now) >> 20;
  }
}
