package ru.netcity.gateway.sync;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javax.sql.DataSource;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.netcity.Budget;
import ru.netcity.gateway.netcity.HostBudget;
import ru.netcity.gateway.netcity.NetCityConnection;

/**
 * One sync run in the caller's thread, for {@code sync --once} and the tests: the steps of the
 * routes nightly-sync, sync-unit and sync-barrier, without Camel (a command starts no routes, so no
 * schedule fires and no audit follows). Plans the school's run, pulls and records its units {@code
 * gateway.sync.units-in-parallel} at a time, and returns when the barrier closed the run.
 */
public final class SyncJob {
  /** For a job without a web page to point to (the commands, tests). */
  public static final Supplier<Optional<String>> NO_DASHBOARD = Optional::empty;

  private final SyncPlanner planner;
  private final SyncUnits units;
  private final SyncBarrier barrier;
  private final SyncRuns runs;
  private final int unitsInParallel;

  public SyncJob(
      SyncPlanner planner,
      SyncUnits units,
      SyncBarrier barrier,
      SyncRuns runs,
      SyncProperties properties) {
    this.planner = planner;
    this.units = units;
    this.barrier = barrier;
    this.runs = runs;
    this.unitsInParallel = properties.unitsInParallel();
  }

  /** A job with beans of its own (the tests'). */
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
    this(
        new SyncRuns(),
        connection,
        origin,
        budget,
        hostBudget,
        ledger,
        dataSource,
        properties,
        clock,
        metrics,
        dashboard);
  }

  private SyncJob(
      SyncRuns runs,
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
    this(
        new SyncPlanner(
            connection,
            origin,
            budget,
            hostBudget,
            ledger,
            dataSource,
            properties,
            clock,
            metrics,
            runs,
            dashboard),
        new SyncUnits(runs, ledger, dataSource),
        new SyncBarrier(runs, ledger, metrics),
        runs,
        properties);
  }

  public SyncOutcome run(SyncMode mode, SyncProgress progress) {
    SyncPlan plan = planner.plan(mode, progress);
    var outcome =
        runs.get(plan.runId())
            .orElseThrow(() -> new IllegalStateException("run " + plan.runId() + " not open"))
            .outcome;
    ExecutorService consumers = Executors.newFixedThreadPool(unitsInParallel);
    try {
      for (SyncUnit unit : plan.units()) {
        consumers.execute(() -> barrier.ended(units.record(units.pull(unit))));
      }
      barrier.ended(plan);
      return outcome.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    } finally {
      consumers.shutdown();
    }
  }
}
