package ru.netcity.gateway.sync;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's log of a scheduled or start-up run, so that whoever watches the console sees it
 * start (units planned), progress every {@value #STEP_PERCENT}% with the time left, and end
 * (complete, or which classes stay incomplete) with the address where to look at the result.
 */
final class SyncLog implements SyncProgress {
  private static final Logger LOG = LoggerFactory.getLogger(SyncLog.class);
  static final int STEP_PERCENT = 5;

  private final SyncMode mode;
  private final AtomicReference<ProgressSteps> steps = new AtomicReference<>();

  /** Where the service shows the result (its dashboard's address), once it serves HTTP. */
  private final Supplier<Optional<String>> dashboard;

  SyncLog(SyncMode mode) {
    this(mode, Optional::empty);
  }

  SyncLog(SyncMode mode, Supplier<Optional<String>> dashboard) {
    this.mode = mode;
    this.dashboard = dashboard;
  }

  @Override
  public void planned(int total, int alreadyDone, int classes) {
    steps.set(new ProgressSteps(STEP_PERCENT, total, alreadyDone));
    LOG.info(
        "{} sync started: {} units planned over {} classes{}",
        mode,
        total,
        classes,
        alreadyDone > 0 ? " (" + alreadyDone + " done by the interrupted run it resumes)" : "");
  }

  @Override
  public void unitDone(int done, int total, Duration elapsed) {
    ProgressSteps current = steps.get();
    if (current == null) {
      return;
    }
    current
        .after(done, elapsed)
        .ifPresent(
            s ->
                LOG.info(
                    "{} sync {}%: {} of {} units, {} elapsed, {}",
                    mode,
                    s.percent(),
                    s.done(),
                    s.total(),
                    ProgressSteps.clock(s.elapsed()),
                    s.eta().map(eta -> "ETA " + ProgressSteps.clock(eta)).orElse("ETA unknown")));
  }

  @Override
  public void ended(SyncOutcome outcome, Duration took) {
    ended(outcome, took, dashboard.get());
  }

  void ended(SyncOutcome outcome, Duration took, Optional<String> whereToLook) {
    String where = whereToLook.map(url -> "; the dashboard: " + url).orElse("");
    if (outcome.complete()) {
      LOG.info(
          "{} sync complete: {} of {} units in {}{}",
          mode,
          outcome.summary().unitsDone(),
          outcome.summary().unitsTotal(),
          ProgressSteps.clock(took),
          where);
    } else {
      LOG.warn(
          "{} sync INCOMPLETE: {} of {} units in {}, classes incomplete: {} (the next run pulls"
              + " them again; the audit leaves their missing days out){}",
          mode,
          outcome.summary().unitsDone(),
          outcome.summary().unitsTotal(),
          ProgressSteps.clock(took),
          outcome.incompleteClasses().isEmpty()
              ? "none named"
              : String.join(", ", outcome.incompleteClasses()),
          where);
    }
  }
}
