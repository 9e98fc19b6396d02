package ru.netcity.gateway.sync;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.ledger.RunSummary;

/**
 * The completeness barrier of a school's run: counts the run's units done or given up, and once its
 * plan is all sent and every unit ended, finishes the ledger run (complete only when every planned
 * unit is done), releases the run lock and the AIS session, and says the school is ready for the
 * audit. A unit told twice counts once.
 */
public final class SyncBarrier {
  private static final Logger LOG = LoggerFactory.getLogger(SyncBarrier.class);

  private final SyncRuns runs;
  private final Ledger ledger;
  private final SyncMetrics metrics;

  public SyncBarrier(SyncRuns runs, Ledger ledger, SyncMetrics metrics) {
    this.runs = runs;
    this.ledger = ledger;
    this.metrics = metrics;
  }

  /**
   * Takes a unit's end or the plan's end; true once, when this closed the run: the school's sync
   * ended (complete or not) and the audit may start.
   */
  public boolean ended(SyncEvent event) {
    OpenRun run = runs.get(event.runId()).orElse(null);
    if (run == null) {
      LOG.warn("run {} is not open in this process; {} ignored", event.runId(), event);
      return false;
    }
    if (event instanceof UnitEnded unit) {
      count(run, unit);
    } else {
      run.planSent.set(true);
    }
    boolean allEnded = run.planSent.get() && run.ended.size() == run.toPull;
    return allEnded && run.closing.compareAndSet(false, true) && close(run);
  }

  private void count(OpenRun run, UnitEnded unit) {
    if (!run.ended.add(unit.unit().key())) {
      return;
    }
    metrics.unit(unit.done(), unit.took());
    if (!unit.done()) {
      run.incomplete.incrementAndGet();
    }
    run.records.addAndGet(unit.records());
    run.issues.addAndGet(unit.dataQualityIssues());
    run.progress.unitDone(
        run.finished.incrementAndGet(),
        run.planned.size(),
        Duration.ofNanos(System.nanoTime() - run.startNanos));
  }

  private boolean close(OpenRun run) {
    SyncOutcome outcome;
    try {
      RunSummary summary = ledger.finishRun(run.runId, run.plannedKeys);
      outcome =
          new SyncOutcome(
              summary,
              run.incomplete.get() + run.givenUpAtPlan,
              run.issues.get(),
              run.client.requests(),
              run.records.get(),
              summary.complete() ? List.of() : incompleteClasses(run));
    } catch (RuntimeException e) {
      metrics.runFailed();
      release(run);
      run.outcome.completeExceptionally(e);
      throw e;
    }
    release(run);
    run.progress.ended(outcome, Duration.ofNanos(System.nanoTime() - run.startNanos));
    run.outcome.complete(outcome);
    return true;
  }

  /** The run lock is free before anyone hears that the run ended. */
  private void release(OpenRun run) {
    runs.closed(run);
    try {
      run.release();
    } finally {
      metrics.requests(run.client.requests());
    }
  }

  /** The classes with a unit the run did not finish, in the order the AIS lists them. */
  private List<String> incompleteClasses(OpenRun run) {
    Set<String> done = ledger.doneUnits(run.runId);
    Set<Integer> incomplete =
        run.planned.stream()
            .filter(u -> !done.contains(u.key()))
            .map(UnitScope::classId)
            .collect(Collectors.toSet());
    return run.classes.values().stream()
        .filter(c -> incomplete.contains(c.ref().id()))
        .map(c -> c.ref().name())
        .toList();
  }
}
