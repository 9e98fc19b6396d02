package ru.netcity.gateway.sync;

import java.time.Duration;

/**
 * A unit done (recorded in the ledger) or given up (marked incomplete for the next run).
 *
 * @param records entries pulled and recorded, re-fetches included
 * @param dataQualityIssues codes the mapping did not know
 */
public record UnitEnded(
    SyncUnit unit, boolean done, long records, int dataQualityIssues, Duration took)
    implements SyncEvent {
  @Override
  public String runId() {
    return unit.runId();
  }
}
