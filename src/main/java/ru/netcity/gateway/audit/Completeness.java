package ru.netcity.gateway.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The completeness gate: a class's day is audited only when the newest work unit that covered it
 * finished DONE. A unit still PLANNED or left INCOMPLETE hides its window until a later run pulls
 * it completely, so a partial pull never produces findings.
 *
 * @param unitsDone DONE units of the newest sync run
 * @param unitsTotal units the newest sync run planned
 * @param incompleteClasses classes with a unit of the newest run that is not DONE
 * @param syncRunId the newest sync run, or null when the school was never synced
 * @param asOf UTC time the newest run finished (or started, when unfinished)
 */
public record Completeness(
    Map<Integer, BitSet> completeDays,
    LocalDate base,
    int unitsDone,
    int unitsTotal,
    Set<Integer> incompleteClasses,
    String syncRunId,
    LocalDateTime asOf) {

  /** One work unit as the gate reads it, oldest run first. */
  record Unit(String runId, int classId, LocalDate from, LocalDate to, String status) {}

  static Completeness of(
      List<Unit> unitsOldestFirst,
      String newestRun,
      int newestTotal,
      LocalDateTime asOf,
      Set<Integer> incomplete) {
    LocalDate base =
        unitsOldestFirst.stream().map(Unit::from).min(LocalDate::compareTo).orElse(LocalDate.MIN);
    Map<Integer, BitSet> days = new HashMap<>();
    int done = 0;
    for (Unit u : unitsOldestFirst) {
      BitSet bits = days.computeIfAbsent(u.classId(), c -> new BitSet());
      int from = (int) ChronoUnit.DAYS.between(base, u.from());
      int to = (int) ChronoUnit.DAYS.between(base, u.to()) + 1;
      bits.set(from, to, "DONE".equals(u.status()));
      if (u.runId().equals(newestRun) && "DONE".equals(u.status())) {
        done++;
      }
    }
    return new Completeness(days, base, done, newestTotal, incomplete, newestRun, asOf);
  }

  public boolean complete(int classId, LocalDate day) {
    BitSet bits = completeDays.get(classId);
    if (bits == null || day == null || day.isBefore(base)) {
      return false;
    }
    return bits.get((int) ChronoUnit.DAYS.between(base, day));
  }

  /** Every day of the range is complete for the class. */
  public boolean complete(int classId, LocalDate from, LocalDate to) {
    BitSet bits = completeDays.get(classId);
    if (bits == null || from.isBefore(base)) {
      return false;
    }
    int a = (int) ChronoUnit.DAYS.between(base, from);
    int b = (int) ChronoUnit.DAYS.between(base, to) + 1;
    return bits.get(a, b).cardinality() == b - a;
  }
}
