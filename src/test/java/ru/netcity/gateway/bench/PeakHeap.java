package ru.netcity.gateway.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
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
                      info.getGcInfo().getMemoryUsageBeforeGc().values().stream()
                          .mapToLong(MemoryUsage::getUsed)
                          .sum();
                  heap.peak.accumulateAndGet(used, Math::max);
                  long after =
                      info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                          .mapToLong(MemoryUsage::getUsed)
                          .sum();
                  heap.live.accumulateAndGet(after, Math::max);
                }
              },
              null,
              null);
    }
    return heap;
  }

  /** The most heap left after a collection: what the audit really holds, plus H2's cache. */
  long liveMegabytes() {
    return live.get() >> 20;
  }

  long megabytes() {
    long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return Math.max(peak.get(), now) >> 20;
  }
}
