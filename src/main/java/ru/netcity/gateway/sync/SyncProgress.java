package ru.netcity.gateway.sync;

import java.time.Duration;

/**
 * Told when the units are planned, then after every unit (units done of total, time so far), and
 * when the run ended.
 */
@FunctionalInterface
public interface SyncProgress {
  SyncProgress SILENT = (done, total, elapsed) -> {};

  /**
   * Before the first unit.
   *
   * @param alreadyDone units an earlier attempt of this run finished (a resumed run)
   */
  default void planned(int total, int alreadyDone, int classes) {}

  void unitDone(int done, int total, Duration elapsed);

  /** When the barrier closed the run, its lock released. */
  default void ended(SyncOutcome outcome, Duration took) {}
}
