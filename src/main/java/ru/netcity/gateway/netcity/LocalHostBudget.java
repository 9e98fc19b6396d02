package ru.netcity.gateway.netcity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;

/**
 * The budget of one process: per host at most N requests in flight (a fair semaphore) and R started
 * per second (each start spaced 1/R after the one before); waits as long as it takes.
 */
final class LocalHostBudget implements HostBudget {
  private final Budget budget;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();

  LocalHostBudget(Budget budget) {
    this.budget = budget;
  }

  @Override
  public Permit acquire(String host) throws InterruptedException {
    return hosts.computeIfAbsent(host, h -> new Host(budget)).acquire();
  }

  private static final class Host {
    private final Semaphore inFlight;
    private final long spacingNanos;
    private long nextStart = System.nanoTime();

    Host(Budget budget) {
      this.inFlight = new Semaphore(budget.maxConcurrent(), true);
      this.spacingNanos =
          budget.requestsPerSecond() <= 0
              ? 0
              : (long) (1_000_000_000L / budget.requestsPerSecond());
    }

    Permit acquire() throws InterruptedException {
      inFlight.acquire();
      long start = reserveStart();
      for (long wait = start - System.nanoTime(); wait > 0; wait = start - System.nanoTime()) {
        LockSupport.parkNanos(wait);
        if (Thread.interrupted()) {
          inFlight.release();
          throw new InterruptedException();
        }
      }
      return inFlight::release;
    }

    private synchronized long reserveStart() {
      long now = System.nanoTime();
      long start = Math.max(now, nextStart);
      nextStart = start + spacingNanos;
      return start;
    }
  }
}
