package ru.netcity.gateway.netcity;

import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;

/** Enforces a {@link Budget}: at most N requests in flight and R started per second. */
final class RequestBudget {
  private final Semaphore inFlight;
  private final long spacingNanos;
  private long nextStart = System.nanoTime();

  RequestBudget(Budget budget) {
    this.inFlight = new Semaphore(budget.maxConcurrent(), true);
    this.spacingNanos =
        budget.requestsPerSecond() <= 0 ? 0 : (long) (1_000_000_000L / budget.requestsPerSecond());
  }

  /** Waits for a free slot and the next start time; pair with {@link #release()}. */
  void acquire() throws InterruptedException {
    inFlight.acquire();
    long start = reserveStart();
    for (long wait = start - System.nanoTime(); wait > 0; wait = start - System.nanoTime()) {
      LockSupport.parkNanos(wait);
      if (Thread.interrupted()) {
        inFlight.release();
        throw new InterruptedException();
      }
    }
  }

  void release() {
    inFlight.release();
  }

  private synchronized long reserveStart() {
    long now = System.nanoTime();
    long start = Math.max(now, nextStart);
    nextStart = start + spacingNanos;
    return start;
  }
}
