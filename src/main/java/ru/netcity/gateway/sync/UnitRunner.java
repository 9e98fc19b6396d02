package ru.netcity.gateway.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.ledger.UnitResult;
import ru.netcity.gateway.mapping.UnitObservations;
import ru.netcity.gateway.netcity.StudentRef;

/**
 * Runs the units of one sync run as a pipeline: several pullers keep the AIS budget's requests in
 * flight while one writer records the pulled units in the ledger (whose appends are serialised per
 * school anyway). At most as many pulled units as there are pullers wait for the writer. A unit
 * whose pull fails twice, whose write fails, or that the run's deadline stops, stays incomplete for
 * the next run.
 */
final class UnitRunner {
  private static final Logger LOG = LoggerFactory.getLogger(UnitRunner.class);

  /**
   * How often a unit is pulled before it stays incomplete: a call that failed through all its
   * retries is often a short outage of the AIS, and the unit's second pull, made after the backoff
   * of every call before it, usually finds the host back.
   */
  static final int PULLS_PER_UNIT = 2;

  /** What the units of this process added up to. */
  record Tally(int incomplete, int dataQualityIssues, long records) {}

  private final String runId;
  private final Ledger ledger;
  private final SyncStore store;
  private final UnitPuller puller;
  private final SyncMetrics metrics;
  private final AtomicInteger incomplete = new AtomicInteger();
  private final AtomicInteger issues = new AtomicInteger();
  private final AtomicLong records = new AtomicLong();
  private final Set<String> settled = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean stopped = new AtomicBoolean();

  UnitRunner(String runId, Ledger ledger, SyncStore store, UnitPuller puller, SyncMetrics metrics) {
    this.runId = runId;
    this.ledger = ledger;
    this.store = store;
    this.puller = puller;
    this.metrics = metrics;
  }

  /**
   * Pulls and records the units, {@code pullers} at a time; {@code progress} runs after each. At
   * {@code deadlineNanos} (a {@link System#nanoTime()} value) the pulls still running are
   * interrupted, a write in progress ends, and every unit not settled is left incomplete.
   */
  Tally run(
      List<UnitScope> units,
      Map<Integer, SchoolClass> classes,
      int pullers,
      long deadlineNanos,
      Runnable progress) {
    ExecutorService pullPool = Executors.newFixedThreadPool(pullers);
    ExecutorService writer = Executors.newSingleThreadExecutor();
    Semaphore waiting = new Semaphore(pullers);
    List<Future<?>> writes = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<?>> pulls = new ArrayList<>();
      for (UnitScope unit : units) {
        SchoolClass cls = classes.get(unit.classId());
        pulls.add(
            pullPool.submit(
                () -> {
                  long start = System.nanoTime();
                  UnitObservations.Result pulled = pull(unit, cls);
                  if (pulled == null) {
                    finish(unit, false, start, progress);
                    return null;
                  }
                  waiting.acquire();
                  writes.add(
                      writer.submit(
                          () -> {
                            try {
                              if (!stopped.get()) {
                                finish(unit, write(unit, cls, pulled), start, progress);
                              }
                            } finally {
                              waiting.release();
                            }
                          }));
                  return null;
                }));
      }
      for (Future<?> f : pulls) {
        await(f, deadlineNanos);
      }
      for (Future<?> f : List.copyOf(writes)) {
        await(f, deadlineNanos);
      }
    } catch (TimeoutException e) {
      stopped.set(true);
      LOG.warn("the run passed its deadline (gateway.sync.run-deadline): stopping its units");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("sync interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("sync failed: " + e.getCause(), e.getCause());
    } finally {
      pullPool.shutdownNow();
      // The writer is never interrupted: an interrupt inside a JDBC write can close H2's file.
      writer.shutdown();
    }
    if (stopped.get()) {
      settleStopped(units, classes, pullPool, writer, progress);
    }
    return new Tally(incomplete.get(), issues.get(), records.get());
  }

  private static void await(Future<?> f, long deadlineNanos)
      throws InterruptedException, ExecutionException, TimeoutException {
    f.get(deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
  }

  /** Once the pulls stopped and the writer is idle, every unit not settled stays incomplete. */
  private void settleStopped(
      List<UnitScope> units,
      Map<Integer, SchoolClass> classes,
      ExecutorService pullPool,
      ExecutorService writer,
      Runnable progress) {
    try {
      if (!pullPool.awaitTermination(1, TimeUnit.MINUTES)
          || !writer.awaitTermination(1, TimeUnit.MINUTES)) {
        LOG.warn("units of the stopped run still running after a minute; leaving them");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("sync interrupted", e);
    }
    RuntimeException why =
        new IllegalStateException("the run passed its deadline (gateway.sync.run-deadline)");
    for (UnitScope unit : units) {
      if (!settled.contains(unit.key())) {
        leaveIncomplete(unit, classes.get(unit.classId()), why);
        finish(unit, false, System.nanoTime(), progress);
      }
    }
  }

  /** Pulls the unit up to {@link #PULLS_PER_UNIT} times; null when it stays incomplete. */
  private UnitObservations.Result pull(UnitScope unit, SchoolClass cls) {
    UnitObservations.Result pulled = null;
    for (int pass = 1; pulled == null && pass <= PULLS_PER_UNIT; pass++) {
      pulled = pull(unit, cls, pass == PULLS_PER_UNIT);
    }
    return pulled;
  }

  /**
   * Pulls the unit, or answers null when it failed: on the {@code last} pull the unit is then left
   * incomplete, before it the failure is only logged and the caller pulls it again.
   */
  private UnitObservations.Result pull(UnitScope unit, SchoolClass cls, boolean last) {
    try {
      return puller.pull(unit, cls.ref(), cls.terms(), cls.roster());
    } catch (RuntimeException e) {
      if (stopped.get()) {
        throw e; // the run's end settles it, from a thread that is not interrupted
      }
      if (last) {
        leaveIncomplete(unit, cls, e);
      } else {
        LOG.warn(
            "unit {} of class {} failed ({}); pulling it again",
            unit.key(),
            cls.ref().name(),
            e.getMessage());
      }
      return null;
    }
  }

  private boolean write(UnitScope unit, SchoolClass cls, UnitObservations.Result pulled) {
    try {
      store.saveIssues(runId, unit.key(), pulled.issues());
      issues.addAndGet(pulled.issues().size());
      Set<Integer> roster = cls.roster().stream().map(StudentRef::id).collect(Collectors.toSet());
      UnitResult result = ledger.recordUnit(runId, unit, pulled.observations(), roster);
      records.addAndGet(pulled.observations().size());
      if (result.done()) {
        confirmDeletions(unit, cls);
      }
      return result.done();
    } catch (RuntimeException e) {
      leaveIncomplete(unit, cls, e);
      return false;
    }
  }

  private void leaveIncomplete(UnitScope unit, SchoolClass cls, RuntimeException e) {
    LOG.warn(
        "unit {} of class {} stays incomplete: {}", unit.key(), cls.ref().name(), e.getMessage());
    ledger.markIncomplete(runId, unit, e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  private void finish(UnitScope unit, boolean complete, long startNanos, Runnable progress) {
    if (!settled.add(unit.key())) {
      return;
    }
    metrics.unit(complete, Duration.ofNanos(System.nanoTime() - startNanos));
    if (!complete) {
      incomplete.incrementAndGet();
    }
    progress.run();
  }

  /**
   * Entries missing from two complete pulls are deleted only if a fresh re-fetch lacks them too.
   */
  private void confirmDeletions(UnitScope unit, SchoolClass cls) {
    List<String> candidates = ledger.deletionCandidates(unit.schoolId(), unit);
    if (candidates.isEmpty()) {
      return;
    }
    Set<String> present = new HashSet<>();
    for (Observation o : puller.pull(unit, cls.ref(), cls.terms(), cls.roster()).observations()) {
      present.add(o.key());
    }
    List<String> stillMissing = candidates.stream().filter(k -> !present.contains(k)).toList();
    int deleted = ledger.confirmDeletions(runId, unit, stillMissing);
    LOG.info(
        "unit {}: {} entries deleted in the AIS after a confirming re-fetch", unit.key(), deleted);
  }
}
