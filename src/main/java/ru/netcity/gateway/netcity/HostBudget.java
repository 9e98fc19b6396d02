package ru.netcity.gateway.netcity;

/**
 * The per-AIS-host request budget ({@link Budget#maxConcurrent()} in flight, {@link
 * Budget#requestsPerSecond()} started): {@link LocalHostBudget} in this process (one machine, the
 * default) or {@link SharedHostBudget} across every replica on one PostgreSQL database.
 */
public interface HostBudget {
  /**
   * Waits for a slot and the next start at {@code host} (an origin's {@code host:port}); the caller
   * releases the permit when the answer is in.
   *
   * @throws NetCityException when the budget stays busy past its wait bound or cannot be reached
   */
  Permit acquire(String host) throws InterruptedException;

  /** One request's slot. */
  interface Permit {
    /** Frees the slot; called once, in a {@code finally}. */
    void release();
  }

  /** The budget of one process: each client opened without a budget of its own gets one. */
  static HostBudget local(Budget budget) {
    return new LocalHostBudget(budget);
  }
}
