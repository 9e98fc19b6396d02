package ru.netcity.gateway.netcity;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The per-host budget of every replica together, kept in their PostgreSQL database: a request takes
 * one of the host's N slots ({@link HostSlots}, advisory locks freed when a replica dies), then its
 * start from the host's token bucket ({@link HostRate}, Bucket4j). A semaphore of N per host in
 * front keeps this replica's waiters off the database and its pool to N connections a host. A
 * request that gets neither within {@code maxWait} fails with a {@link NetCityException}.
 */
public final class SharedHostBudget implements HostBudget {
  private final int maxConcurrent;
  private final Duration maxWait;
  private final HostSlots slots;
  private final HostRate rate;
  private final Map<String, Semaphore> here = new ConcurrentHashMap<>();

  /** {@code db} must be PostgreSQL, migrated (V23); an unlimited rate meters the slots only. */
  public SharedHostBudget(DataSource db, Budget budget, Duration maxWait) {
    this.maxConcurrent = budget.maxConcurrent();
    this.maxWait = maxWait;
    this.slots = new HostSlots(db, budget.maxConcurrent());
    this.rate =
        budget.requestsPerSecond() > 0 ? new HostRate(db, budget.requestsPerSecond()) : null;
  }

  @Override
  public Permit acquire(String host) throws InterruptedException {
    long deadline = System.nanoTime() + maxWait.toNanos();
    Semaphore local = here.computeIfAbsent(host, h -> new Semaphore(maxConcurrent, true));
    if (!local.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
      throw busy(host);
    }
    try {
      HostSlots.Slot slot = slots.take(host, deadline);
      if (slot == null) {
        throw busy(host);
      }
      try {
        if (rate != null && !rate.await(host, Duration.ofNanos(deadline - System.nanoTime()))) {
          throw busy(host);
        }
        return () -> {
          slot.release();
          local.release();
        };
      } catch (InterruptedException | RuntimeException e) {
        slot.release();
        throw e;
      }
    } catch (InterruptedException | RuntimeException e) {
      local.release();
      throw e;
    }
  }

  private NetCityException busy(String host) {
    return new NetCityException(
        "the shared request budget of " + host + " stayed busy for " + maxWait);
  }
}
