package ru.netcity.gateway.sync;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.ledger.UnitResult;
import ru.netcity.gateway.mapping.UnitObservations;
import ru.netcity.gateway.netcity.StudentRef;

/**
 * Does one work unit of an open run: pulls it through the NetCity client and maps it ({@link
 * #pull}), then records it in the ledger ({@link #record}). A unit whose pull fails twice, whose
 * write fails, or that the run's deadline stops, is given up: marked incomplete for the next run.
 * Neither method throws for a unit of an open run, so every unit reaches the barrier.
 */
public final class SyncUnits {
  private static final Logger LOG = LoggerFactory.getLogger(SyncUnits.class);

  /**
   * How often a unit is pulled before it stays incomplete: a call that failed through all its
   * retries is often a short outage of the AIS, and the unit's second pull, made after the backoff
   * of every call before it, usually finds the host back.
   */
  static final int PULLS_PER_UNIT = 2;

  private static final String DEADLINE = "the run passed its deadline (gateway.sync.run-deadline)";

  private final SyncRuns runs;
  private final Ledger ledger;
  private final SyncStore store;

  public SyncUnits(SyncRuns runs, Ledger ledger, DataSource dataSource) {
    this.runs = runs;
    this.ledger = ledger;
    this.store = new SyncStore(dataSource);
  }

  /** Pulls the unit up to {@value #PULLS_PER_UNIT} times; given up when it still fails. */
  public PulledUnit pull(SyncUnit unit) {
    long start = System.nanoTime();
    OpenRun run = open(unit);
    SchoolClass cls = run.classes.get(unit.scope().classId());
    RuntimeException failure = new IllegalStateException(DEADLINE);
    for (int pass = 1; pass <= PULLS_PER_UNIT && !run.pastDeadline(); pass++) {
      try {
        return new PulledUnit(unit, pullBeforeDeadline(run, unit, cls), start);
      } catch (RuntimeException e) {
        failure = e;
        if (pass < PULLS_PER_UNIT && !run.pastDeadline()) {
          LOG.warn(
              "unit {} of class {} failed ({}); pulling it again",
              unit.key(),
              cls.ref().name(),
              e.getMessage());
        }
      }
    }
    leaveIncomplete(unit, cls, failure);
    return new PulledUnit(unit, null, start);
  }

  /**
   * Records a pulled unit in the ledger; entries missing from two complete pulls are deleted only
   * after a re-fetch that lacks them too. Passes a given-up unit on to the barrier.
   */
  public UnitEnded record(PulledUnit pulled) {
    SyncUnit unit = pulled.unit();
    Duration took = Duration.ofNanos(System.nanoTime() - pulled.startNanos());
    if (pulled.givenUp()) {
      return new UnitEnded(unit, false, 0, 0, took);
    }
    OpenRun run = open(unit);
    SchoolClass cls = run.classes.get(unit.scope().classId());
    UnitObservations.Result result = pulled.pulled();
    try {
      store.saveIssues(unit.runId(), unit.key(), result.issues());
      Set<Integer> roster = cls.roster().stream().map(StudentRef::id).collect(Collectors.toSet());
      UnitResult written;
      run.writes.lock();
      try {
        written = ledger.recordUnit(unit.runId(), unit.scope(), result.observations(), roster);
      } finally {
        run.writes.unlock();
      }
      if (written.done()) {
        confirmDeletions(run, unit, cls);
      }
      return new UnitEnded(
          unit,
          written.done(),
          result.observations().size(),
          result.issues().size(),
          Duration.ofNanos(System.nanoTime() - pulled.startNanos()));
    } catch (RuntimeException e) {
      leaveIncomplete(unit, cls, e);
      return new UnitEnded(unit, false, 0, 0, took);
    }
  }

  private OpenRun open(SyncUnit unit) {
    return runs.get(unit.runId())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "unit "
                        + unit.key()
                        + " of run "
                        + unit.runId()
                        + ": the run is not open here"));
  }

  /** The pull, on the run's pull pool: interrupted when the run's deadline passes. */
  private static UnitObservations.Result pullBeforeDeadline(
      OpenRun run, SyncUnit unit, SchoolClass cls) {
    Future<UnitObservations.Result> pull;
    try {
      pull =
          run.pullPool.submit(
              () -> run.puller.pull(unit.scope(), cls.ref(), cls.terms(), cls.roster()));
    } catch (RejectedExecutionException e) {
      throw new IllegalStateException("the run ended", e);
    }
    try {
      return pull.get(run.deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      pull.cancel(true);
      throw new IllegalStateException(DEADLINE, e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause().toString(), e.getCause());
    } catch (InterruptedException e) {
      pull.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("sync interrupted", e);
    }
  }

  private void leaveIncomplete(SyncUnit unit, SchoolClass cls, RuntimeException e) {
    LOG.warn(
        "unit {} of class {} stays incomplete: {}", unit.key(), cls.ref().name(), e.getMessage());
    try {
      ledger.markIncomplete(
          unit.runId(), unit.scope(), e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (RuntimeException notMarked) {
      // not done in the ledger either way: the next run pulls it again
      LOG.warn("unit {}: cannot mark it incomplete: {}", unit.key(), notMarked.getMessage());
    }
  }

  private void confirmDeletions(OpenRun run, SyncUnit unit, SchoolClass cls) {
    List<String> candidates = ledger.deletionCandidates(unit.schoolId(), unit.scope());
    if (candidates.isEmpty()) {
      return;
    }
    Set<String> present = new HashSet<>();
    for (Observation o :
        run.puller.pull(unit.scope(), cls.ref(), cls.terms(), cls.roster()).observations()) {
      present.add(o.key());
    }
    List<String> stillMissing = candidates.stream().filter(k -> !present.contains(k)).toList();
    int deleted;
    run.writes.lock();
    try {
      deleted = ledger.confirmDeletions(unit.runId(), unit.scope(), stillMissing);
    } finally {
      run.writes.unlock();
    }
    LOG.info(
        "unit {}: {} entries deleted in the AIS after a confirming re-fetch", unit.key(), deleted);
  }
}
