package ru.netcity.gateway.sync;

import java.time.Duration;

/** Told after every unit: units done of total and the time so far. */
@FunctionalInterface
public interface SyncProgress {
  SyncProgress SILENT = (done, total, elapsed) -> {};

  void unitDone(int done, int total, Duration elapsed);
}
