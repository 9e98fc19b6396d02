package ru.netcity.gateway.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.ledger.UnitResult;
import ru.netcity.gateway.mapping.CodeTables;
import ru.netcity.gateway.mapping.UnitObservations;
import ru.netcity.gateway.netcity.Budget;
import ru.netcity.gateway.netcity.ClassRef;
import ru.netcity.gateway.netcity.NetCityClient;
import ru.netcity.gateway.netcity.NetCityConnection;
import ru.netcity.gateway.netcity.StudentRef;
import ru.netcity.gateway.netcity.TermRef;

/**
 * One sync run: log in, plan the units, pull each one (several at once, within the host budget),
 * record it in the ledger, confirm suspected deletions with a re-fetch, and close the run. A run
 * that crashed is resumed: the units it finished are not pulled again. One run at a time.
 */
public final class SyncJob {
  private static final Logger LOG = LoggerFactory.getLogger(SyncJob.class);

  private final NetCityConnection connection;
  private final Budget budget;
  private final Ledger ledger;
  private final SyncStore store;
  private final SyncProperties properties;
  private final Clock clock;
  private final SyncMetrics metrics;
  private final CodeTables tables = CodeTables.load();
  private final AtomicBoolean running = new AtomicBoolean();

  public SyncJob(
      NetCityConnection connection,
      Budget budget,
      Ledger ledger,
      DataSource dataSource,
      SyncProperties properties,
      Clock clock,
      SyncMetrics metrics) {
    this.connection = connection;
    this.budget = budget;
    this.ledger = ledger;
    this.store = new SyncStore(dataSource);
    this.properties = properties;
    this.clock = clock;
    this.metrics = metrics;
  }

  /** The scheduled run: nightly, or full on the weekly re-sync day. */
  public void runScheduled() {
    LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
    runLogged(
        today.getDayOfWeek() == properties.fullResyncDay() ? SyncMode.FULL : SyncMode.NIGHTLY);
  }

  /** The run at start: a full sync, so a new installation has its baseline at once. */
  public void runAtStart() {
    runLogged(SyncMode.FULL);
  }

  public SyncOutcome run(SyncMode mode, SyncProgress progress) {
    if (!running.compareAndSet(false, true)) {
      throw new IllegalStateException("a sync is already running");
    }
    NetCityClient client = null;
    try {
      client = NetCityClient.open(connection, budget);
      return run(client, mode, progress);
    } catch (RuntimeException e) {
      metrics.runFailed();
      throw e;
    } finally {
      if (client != null) {
        client.close();
        metrics.requests(client.requests());
      }
      running.set(false);
    }
  }

  private void runLogged(SyncMode mode) {
    try {
      SyncOutcome outcome = run(mode, SyncProgress.SILENT);
      LOG.info(
          "{} sync {}: {} of {} units complete",
          mode,
          outcome.complete() ? "complete" : "INCOMPLETE",
          outcome.summary().unitsDone(),
          outcome.summary().unitsTotal());
    } catch (RuntimeException e) {
      LOG.error("{} sync failed: {}", mode, e.getMessage());
    }
  }

  private SyncOutcome run(NetCityClient client, SyncMode mode, SyncProgress progress) {
    long started = System.nanoTime();
    int schoolId = client.schoolId();
    var year = client.currentYear();
    Map<Integer, SchoolClass> classes = new LinkedHashMap<>();
    Map<ClassRef, List<TermRef>> terms = new LinkedHashMap<>();
    for (ClassRef cls : client.classes()) {
      SchoolClass schoolClass = new SchoolClass(cls, client.terms(cls), client.students(cls));
      classes.put(cls.id(), schoolClass);
      terms.put(cls, schoolClass.terms());
    }
    LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
    List<UnitScope> units =
        new UnitPlanner(properties.lookbackDays()).plan(schoolId, terms, today, mode);
    String runId =
        ledger.lastUnfinishedRun(schoolId).orElseGet(() -> ledger.startRun(schoolId, units.size()));
    Set<String> done = ledger.doneUnits(runId);
    classes.values().forEach(c -> store.saveRoster(runId, schoolId, c.ref(), c.roster()));
    UnitPuller puller = new UnitPuller(client, tables, year.id(), client.assignmentTypes());
    AtomicInteger finished = new AtomicInteger(done.size());
    AtomicInteger incomplete = new AtomicInteger();
    AtomicInteger issues = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(properties.unitsInParallel());
    try {
      List<Future<?>> work =
          units.stream()
              .filter(u -> !done.contains(u.key()))
              .<Future<?>>map(
                  unit ->
                      pool.submit(
                          () -> {
                            long unitStart = System.nanoTime();
                            boolean ok =
                                pullUnit(runId, unit, classes.get(unit.classId()), puller, issues);
                            metrics.unit(ok, Duration.ofNanos(System.nanoTime() - unitStart));
                            if (!ok) {
                              incomplete.incrementAndGet();
                            }
                            progress.unitDone(
                                finished.incrementAndGet(),
                                units.size(),
                                Duration.ofNanos(System.nanoTime() - started));
                          }))
              .toList();
      for (Future<?> f : work) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("sync interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("sync failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new SyncOutcome(ledger.finishRun(runId), incomplete.get(), issues.get());
  }

  /** Pulls and records one unit; a failure leaves it incomplete for the next run. */
  private boolean pullUnit(
      String runId, UnitScope unit, SchoolClass cls, UnitPuller puller, AtomicInteger issues) {
    try {
      UnitObservations.Result pulled = puller.pull(unit, cls.ref(), cls.terms(), cls.roster());
      store.saveIssues(runId, unit.key(), pulled.issues());
      issues.addAndGet(pulled.issues().size());
      UnitResult result = ledger.recordUnit(runId, unit, pulled.observations());
      if (result.done()) {
        confirmDeletions(runId, unit, cls, puller);
      }
      return result.done();
    } catch (RuntimeException e) {
      LOG.warn(
          "unit {} of class {} stays incomplete: {}", unit.key(), cls.ref().name(), e.getMessage());
      ledger.markIncomplete(runId, unit, e.getClass().getSimpleName() + ": " + e.getMessage());
      return false;
    }
  }

  /**
   * Entries missing from two complete pulls are deleted only if a fresh re-fetch lacks them too.
   */
  private void confirmDeletions(String runId, UnitScope unit, SchoolClass cls, UnitPuller puller) {
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

  /** A class as the run read it once: its terms and its roster. */
  private record SchoolClass(ClassRef ref, List<TermRef> terms, List<StudentRef> roster) {}
}
