package ru.netcity.gateway.sync;

import java.util.List;
import ru.netcity.gateway.ledger.RunSummary;

/**
 * How a run ended.
 *
 * @param incompleteUnits units that stayed incomplete; they are pulled again by the next run
 * @param requests requests this process made to the AIS for the run
 * @param records entries (lessons, topics, homework, marks, absences, term marks) pulled and
 *     recorded by this process, re-fetches included
 * @param incompleteClasses names of the classes with a unit not done, in the school's order
 */
public record SyncOutcome(
    RunSummary summary,
    int incompleteUnits,
    int dataQualityIssues,
    long requests,
    long records,
    List<String> incompleteClasses) {
  public SyncOutcome {
    incompleteClasses = List.copyOf(incompleteClasses);
  }

  public boolean complete() {
    return summary.complete();
  }
}
