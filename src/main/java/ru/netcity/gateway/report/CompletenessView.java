package ru.netcity.gateway.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * How complete the newest sync left the period: a gap is a class's run of days whose newest pull
 * did not finish, so the rules did not judge them (a gap is not compliance).
 *
 * @param asOf UTC time the newest sync finished (or started, when unfinished); null if none
 * @param incompleteClasses classes with a unit of the newest sync that is not done
 */
public record CompletenessView(
    String syncRunId,
    LocalDateTime asOf,
    int unitsDone,
    int unitsTotal,
    List<String> incompleteClasses,
    List<Gap> gaps) {

  /** Days of one class left out: {@code from} to {@code to}, both included. */
  public record Gap(String className, LocalDate from, LocalDate to, int days) {}

  public boolean complete() {
    return incompleteClasses.isEmpty() && gaps.isEmpty();
  }
}
