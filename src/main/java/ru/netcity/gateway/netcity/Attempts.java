package ru.netcity.gateway.netcity;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The attempts of one call, shared by every retry it makes (transport, 5xx, 429, unreadable JSON):
 * at most {@code retries + 1}, and all of them, pauses included, within {@code retry-total}.
 */
final class Attempts {
  private final Budget budget;
  private final long deadline;
  private int made;

  Attempts(Budget budget) {
    this.budget = budget;
    this.deadline = System.nanoTime() + budget.retryTotal().toNanos();
  }

  /** Counts an attempt; returns how long it may take: the read timeout or what is left in total. */
  Duration start() {
    made++;
    long left = Math.max(deadline - System.nanoTime(), 1_000_000L);
    return Duration.ofNanos(Math.min(budget.readTimeout().toNanos(), left));
  }

  /**
   * Gives back the attempt a 401 took: the call is sent again in a new session, which is no retry
   * of a failure (the session's logins are capped on their own, see {@code LoginFlow}).
   */
  void renewed() {
    made--;
  }

  /**
   * Waits before another attempt: the backoff (doubling), or longer when the host asked for it.
   *
   * @return false, without waiting, when no attempt is left or the wait would pass the total
   */
  boolean pause(Duration asked) {
    if (made > budget.retries() || asked.compareTo(budget.retryTotal()) >= 0) {
      return false;
    }
    long backoff = budget.retryBackoff().toNanos() << Math.min(made - 1, 20);
    long wait = Math.max(backoff, asked.toNanos());
    long resume = System.nanoTime() + wait;
    if (resume - deadline >= 0) {
      return false;
    }
    for (long left = wait; left > 0; left = resume - System.nanoTime()) {
      LockSupport.parkNanos(left);
      if (Thread.currentThread().isInterrupted()) {
        throw new NetCityException("interrupted while waiting to retry a call");
      }
    }
    return true;
  }
}
