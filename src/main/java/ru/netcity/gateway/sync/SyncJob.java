package ru.netcity.gateway.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.mapping.CodeTables;
import ru.netcity.gateway.netcity.Budget;
import ru.netcity.gateway.netcity.ClassRef;
import ru.netcity.gateway.netcity.DiaryWindows;
import ru.netcity.gateway.netcity.HostBudget;
import ru.netcity.gateway.netcity.NetCityClient;
import ru.netcity.gateway.netcity.NetCityConnection;
import ru.netcity.gateway.netcity.TermRef;

/**
 * One sync run: log in, plan the units, pull each one (several at once, within the host budget),
 * record it in the ledger, confirm suspected deletions with a re-fetch, and close the run. A run
 * that crashed is resumed: the units it finished are not pulled again. One run at a time, and one
 * per school across processes (the run lock, {@link SyncLease}).
 */
public final class SyncJob {
  private static final Logger LOG = LoggerFactory.getLogger(SyncJob.class);

  /** For a job without a web page to point to (the commands, tests). */
  public static final Supplier<Optional<String>> NO_DASHBOARD = Optional::empty;

  /** Resolved when a run starts: commands that never sync need no AIS settings. */
  private final Supplier<NetCityConnection> connection;

  /** The AIS the connection reads, recorded per school: its origin URL, or "embedded mock". */
  private final String origin;

  private final Budget budget;
  private final HostBudget hostBudget;
  private final Ledger ledger;
  private final SyncStore store;
  private final SyncProperties properties;
  private final Clock clock;
  private final SyncMetrics metrics;
  private final SyncLease lease;
  private final CodeTables tables = CodeTables.load();
  private final DiaryWindows diaryWindows = new DiaryWindows();
  private final AtomicBoolean running = new AtomicBoolean();

  /** Where the service shows the result (its dashboard's address), once it serves HTTP. */
  private final Supplier<Optional<String>> dashboard;

  public SyncJob(
      Supplier<NetCityConnection> connection,
      String origin,
      Budget budget,
      HostBudget hostBudget,
      Ledger ledger,
      DataSource dataSource,
      SyncProperties properties,
      Clock clock,
      SyncMetrics metrics,
      Supplier<Optional<String>> dashboard) {
    this.connection = connection;
    this.origin = origin;
    this.budget = budget;
    this.hostBudget = hostBudget;
    this.ledger = ledger;
    this.store = new SyncStore(dataSource);
    this.properties = properties;
    this.clock = clock;
    this.metrics = metrics;
    this.dashboard = dashboard;
    this.lease = new SyncLease(dataSource, clock, properties.leaseTtl(), SyncLease.thisProcess());
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
      client = NetCityClient.open(connection.get(), budget, hostBudget);
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
    long started = System.nanoTime();
    SyncLog log = new SyncLog(mode);
    try {
      SyncOutcome outcome = run(mode, log);
      log.ended(outcome, Duration.ofNanos(System.nanoTime() - started), dashboard.get());
    } catch (RuntimeException e) {
      LOG.error("{} sync failed: {}", mode, e.getMessage());
    }
  }

  /**
   * Refuses a school the ledger holds from another AIS, and a school another process is syncing
   * ({@link SyncBusyException}); otherwise runs under the school's run lock.
   */
  private SyncOutcome run(NetCityClient client, SyncMode mode, SyncProgress progress) {
    int schoolId = client.schoolId();
    ledger.requireOrigin(schoolId, origin);
    try (SyncLease.Held held = lease.acquire(schoolId)) {
      return runLocked(client, schoolId, mode, progress);
    }
  }

  private SyncOutcome runLocked(
      NetCityClient client, int schoolId, SyncMode mode, SyncProgress progress) {
    long started = System.nanoTime();
    long deadline = started + properties.runDeadline().toNanos();
    var year = client.currentYear();
    Map<Integer, SchoolClass> classes = new LinkedHashMap<>();
    Map<ClassRef, List<TermRef>> terms = new LinkedHashMap<>();
    for (ClassRef cls : client.classes()) {
      SchoolClass schoolClass = new SchoolClass(cls, client.terms(cls), client.students(cls));
      classes.put(cls.id(), schoolClass);
      terms.put(cls, schoolClass.terms());
    }
    LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
    ExecutorService fetchPool = Executors.newFixedThreadPool(budget.maxConcurrent());
    try {
      Plan plan = plan(client, schoolId, terms, today, mode, fetchPool);
      List<UnitScope> units = plan.all();
      String runId =
          ledger
              .lastUnfinishedRun(schoolId)
              .orElseGet(() -> ledger.startRun(schoolId, units.size()));
      // A class whose journal log could not be read keeps a unit incomplete: the run is not
      // complete, so the next night reads the log since the last complete run again.
      plan.unchecked().forEach(u -> ledger.markIncomplete(runId, u, "late-change check failed"));
      // A run resumed on a later day skips what it did then, but counts over today's plan.
      Set<String> done = ledger.doneUnits(runId);
      Set<String> keys = units.stream().map(UnitScope::key).collect(Collectors.toSet());
      classes.values().forEach(c -> store.saveRoster(runId, schoolId, c.ref(), c.roster()));
      UnitPuller puller =
          new UnitPuller(
              client,
              tables,
              year.id(),
              client.assignmentTypes(),
              fetchPool,
              deadline,
              diaryWindows);
      AtomicInteger finished =
          new AtomicInteger((int) keys.stream().filter(done::contains).count());
      progress.planned(units.size(), finished.get(), classes.size());
      UnitRunner.Tally tally =
          new UnitRunner(runId, ledger, store, puller, metrics)
              .run(
                  plan.pulled().stream().filter(u -> !done.contains(u.key())).toList(),
                  classes,
                  properties.unitsInParallel(),
                  deadline,
                  () ->
                      progress.unitDone(
                          finished.incrementAndGet(),
                          units.size(),
                          Duration.ofNanos(System.nanoTime() - started)));
      var summary = ledger.finishRun(runId, keys);
      return new SyncOutcome(
          summary,
          tally.incomplete() + plan.unchecked().size(),
          tally.dataQualityIssues(),
          client.requests(),
          tally.records(),
          summary.complete() ? List.of() : incompleteClasses(runId, units, classes));
    } finally {
      fetchPool.shutdownNow();
    }
  }

  /** The classes with a unit the run did not finish, in the order the AIS lists them. */
  private List<String> incompleteClasses(
      String runId, List<UnitScope> units, Map<Integer, SchoolClass> classes) {
    Set<String> done = ledger.doneUnits(runId);
    Set<Integer> incomplete =
        units.stream()
            .filter(u -> !done.contains(u.key()))
            .map(UnitScope::classId)
            .collect(Collectors.toSet());
    return classes.values().stream()
        .filter(c -> incomplete.contains(c.ref().id()))
        .map(c -> c.ref().name())
        .toList();
  }

  /**
   * The units to pull, and for a nightly run the late-change windows of the classes whose journal
   * log could not be read (left incomplete).
   */
  private record Plan(List<UnitScope> pulled, List<UnitScope> unchecked) {
    List<UnitScope> all() {
      List<UnitScope> all = new ArrayList<>(pulled);
      all.addAll(unchecked);
      return all;
    }
  }

  private Plan plan(
      NetCityClient client,
      int schoolId,
      Map<ClassRef, List<TermRef>> terms,
      LocalDate today,
      SyncMode mode,
      ExecutorService pool) {
    UnitPlanner planner = new UnitPlanner(properties.lookbackDays());
    List<UnitScope> units = new ArrayList<>(planner.plan(schoolId, terms, today, mode));
    if (mode != SyncMode.NIGHTLY) {
      return new Plan(units, List.of());
    }
    LocalDate lookbackStart = today.minusDays(properties.lookbackDays());
    LocalDateTime since =
        ledger
            .lastCompleteRunStart(schoolId)
            .map(utc -> utc.atZone(ZoneOffset.UTC).withZoneSameInstant(properties.timeZone()))
            .map(school -> school.toLocalDateTime().minus(LateChanges.MARGIN))
            .orElse(null);
    Map<Integer, Set<LocalDate>> dates =
        new HashMap<>(ledger.datesAwaitingDeletion(schoolId, lookbackStart));
    Map<ClassRef, Future<Set<LocalDate>>> reads = new LinkedHashMap<>();
    Map<ClassRef, LateChanges.Window> windows = new LinkedHashMap<>();
    terms.forEach(
        (cls, classTerms) ->
            LateChanges.window(classTerms, today, lookbackStart)
                .ifPresent(
                    w -> {
                      windows.put(cls, w);
                      reads.put(
                          cls,
                          pool.submit(
                              () ->
                                  LateChanges.changedDates(
                                      client.reports().journalAccess(cls, w.from(), w.to()),
                                      since,
                                      w)));
                    }));
    List<UnitScope> unchecked = new ArrayList<>();
    for (var read : reads.entrySet()) {
      ClassRef cls = read.getKey();
      try {
        dates.computeIfAbsent(cls.id(), c -> new TreeSet<>()).addAll(read.getValue().get());
      } catch (ExecutionException e) {
        LOG.warn("late-change check of class {} failed: {}", cls.name(), e.getCause().toString());
        LateChanges.Window w = windows.get(cls);
        unchecked.add(new UnitScope(schoolId, cls.id(), w.from(), w.to()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("sync interrupted", e);
      }
    }
    units.addAll(planner.late(schoolId, terms, dates, today, units));
    return new Plan(units, unchecked);
  }
}
