package ru.netcity.gateway.sync;

import java.time.Clock;
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
 * Plans a school's night: logs in, takes the school's run lock (held until the barrier closes the
 * run, {@link SyncBarrier}), starts the ledger run or resumes the one a crash left unfinished,
 * reads the classes, and cuts the run into units. Units a resumed run did are not planned again;
 * the late-change windows of classes whose journal log could not be read are given up at once.
 */
public final class SyncPlanner {
  private static final Logger LOG = LoggerFactory.getLogger(SyncPlanner.class);

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
  private final SyncRuns runs;
  private final CodeTables tables = CodeTables.load();
  private final DiaryWindows diaryWindows = new DiaryWindows();

  /** Where the service shows the result (its dashboard's address), once it serves HTTP. */
  private final Supplier<Optional<String>> dashboard;

  public SyncPlanner(
      Supplier<NetCityConnection> connection,
      String origin,
      Budget budget,
      HostBudget hostBudget,
      Ledger ledger,
      DataSource dataSource,
      SyncProperties properties,
      Clock clock,
      SyncMetrics metrics,
      SyncRuns runs,
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
    this.runs = runs;
    this.dashboard = dashboard;
    this.lease = new SyncLease(dataSource, clock, properties.leaseTtl(), SyncLease.thisProcess());
  }

  /** The scheduled run: nightly, or full on the weekly re-sync day; logged for the console. */
  public SyncPlan planScheduled() {
    LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
    SyncMode mode =
        today.getDayOfWeek() == properties.fullResyncDay() ? SyncMode.FULL : SyncMode.NIGHTLY;
    return plan(mode, new SyncLog(mode, dashboard));
  }

  /** The run at start: a full sync, so a new installation has its baseline at once. */
  public SyncPlan planAtStart() {
    return plan(SyncMode.FULL, new SyncLog(SyncMode.FULL, dashboard));
  }

  /**
   * Refuses a school the ledger holds from another AIS, and a school another process is syncing
   * ({@link SyncBusyException}); otherwise plans the run under the school's run lock.
   */
  public SyncPlan plan(SyncMode mode, SyncProgress progress) {
    NetCityClient client = null;
    SyncLease.Held held = null;
    try {
      client = NetCityClient.open(connection.get(), budget, hostBudget);
      int schoolId = client.schoolId();
      ledger.requireOrigin(schoolId, origin);
      held = lease.acquire(schoolId);
      return planLocked(client, held, schoolId, mode, progress);
    } catch (RuntimeException e) {
      metrics.runFailed();
      try {
        if (client != null) {
          client.close();
          metrics.requests(client.requests());
        }
      } finally {
        if (held != null) {
          held.close();
        }
      }
      throw e;
    }
  }

  private SyncPlan planLocked(
      NetCityClient client,
      SyncLease.Held held,
      int schoolId,
      SyncMode mode,
      SyncProgress progress) {
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
    ExecutorService pullPool = Executors.newFixedThreadPool(properties.unitsInParallel());
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
      List<SyncUnit> toPull =
          plan.pulled().stream()
              .filter(u -> !done.contains(u.key()))
              .map(u -> new SyncUnit(schoolId, runId, u))
              .toList();
      int alreadyDone = (int) keys.stream().filter(done::contains).count();
      runs.opened(
          new OpenRun(
              schoolId,
              runId,
              client,
              held,
              puller,
              fetchPool,
              pullPool,
              classes,
              units,
              keys,
              toPull.size(),
              plan.unchecked().size(),
              alreadyDone,
              progress,
              started,
              deadline));
      progress.planned(units.size(), alreadyDone, classes.size());
      return new SyncPlan(schoolId, runId, toPull);
    } catch (RuntimeException e) {
      fetchPool.shutdownNow();
      pullPool.shutdownNow();
      throw e;
    }
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
