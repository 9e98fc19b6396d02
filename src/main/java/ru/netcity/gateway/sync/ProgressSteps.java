package ru.netcity.gateway.sync;

import java.time.Duration;
import java.util.Optional;

/**
 * When a run's progress is worth a line: each time the units done pass another step of {@code
 * stepPercent} percent (and at the end), with the time left estimated from the pace of the units
 * this process did (a resumed run's units done before do not count towards the pace).
 */
public final class ProgressSteps {
  /**
   * One line's figures.
   *
   * @param eta the time left at the pace so far; empty before any unit was done by this process
   */
  public record Step(int percent, int done, int total, Duration elapsed, Optional<Duration> eta) {}

  private final int stepPercent;
  private final int total;
  private final int alreadyDone;
  private int nextPercent;

  /**
   * @param total the units the run planned
   * @param alreadyDone units an earlier attempt of the same run finished (a resumed run)
   */
  public ProgressSteps(int stepPercent, int total, int alreadyDone) {
    if (stepPercent < 1 || stepPercent > 100) {
      throw new IllegalArgumentException("step of 1..100 percent, not " + stepPercent);
    }
    this.stepPercent = stepPercent;
    this.total = total;
    this.alreadyDone = alreadyDone;
    this.nextPercent = (percent(alreadyDone) / stepPercent + 1) * stepPercent;
  }

  /** After a unit: the line to log when {@code done} passed the next step, else empty. */
  public synchronized Optional<Step> after(int done, Duration elapsed) {
    int percent = percent(done);
    if (percent < nextPercent && done < total) {
      return Optional.empty();
    }
    nextPercent = (percent / stepPercent + 1) * stepPercent;
    int doneHere = done - alreadyDone;
    Optional<Duration> eta =
        doneHere <= 0
            ? Optional.empty()
            : Optional.of(elapsed.multipliedBy(Math.max(0, total - done)).dividedBy(doneHere));
    return Optional.of(new Step(percent, done, total, elapsed, eta));
  }

  private int percent(int done) {
    return total <= 0 ? 100 : (int) Math.min(100, done * 100L / total);
  }

  /** A duration as {@code m:ss}, the way the sync's lines print it. */
  public static String clock(Duration d) {
    return String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
  }
}
