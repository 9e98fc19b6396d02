package ru.netcity.gateway.sync;

import ru.netcity.gateway.ledger.RunSummary;

/**
 * How a run ended.
 *
 * @param incompleteUnits units that stayed incomplete; they are pulled again by the next run
 * @param requests requests this process made to the AIS for the run
 * @param records entries (lessons, topics, homework, marks, absences, term marks) pulled and
 *     recorded by this process, re-fetches included
 */
public record SyncOutcome(
    RunSummary summary, int incompleteUnits, int dataQualityIssues, long requests, long records) {
  public boolean complete() {
    return summary.complete();
  }
}
