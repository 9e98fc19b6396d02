package ru.netcity.gateway.sync;

import ru.netcity.gateway.ledger.RunSummary;

/**
 * How a run ended.
 *
 * @param incompleteUnits units that stayed incomplete; they are pulled again by the next run
 */
public record SyncOutcome(RunSummary summary, int incompleteUnits, int dataQualityIssues) {
  public boolean complete() {
    return summary.complete();
  }
}
