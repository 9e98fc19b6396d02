package ru.netcity.gateway.mapping;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.netcity.report.GradeRow;

/**
 * The «Дата выставления оценки» of {@code studentgrades} (netcity-api.md §2.2.1) as the entry time
 * of a mark the journal access log has no row for.
 *
 * <p>The report gives a day, not a time: the mark is recorded as entered at the start of that day,
 * the earliest moment it can have been entered. A deadline that ends at midnight (the 2.3.3 window)
 * then gets the exact verdict, and no rule can call the mark late when it was not; a mark entered
 * late within the same day can go unnoticed, which is the price of the missing time. When several
 * marks of equal value share the lesson day, the earliest of their set dates is taken, for the same
 * reason.
 */
public final class MarkSetDates {
  /** A student and a subject whose {@code studentgrades} is worth reading. */
  public record Pair(int studentId, String subject) {}

  private MarkSetDates() {}

  /** The (student, subject) pairs with a mark the journal log gave no time for. */
  public static Set<Pair> needed(UnitObservations.Result result) {
    Set<Pair> pairs = new LinkedHashSet<>();
    for (Observation o : result.observations()) {
      if (o.kind() == EntryKind.MARK && o.aisEnteredAt() == null && o.studentId() != null) {
        pairs.add(new Pair(o.studentId(), o.subject()));
      }
    }
    return pairs;
  }

  /** The result with each such mark's time taken from its pair's report rows, where one matches. */
  public static UnitObservations.Result apply(
      UnitObservations.Result result, Map<Pair, List<GradeRow>> rows, CodeTables tables) {
    List<Observation> out = new ArrayList<>(result.observations().size());
    for (Observation o : result.observations()) {
      LocalDate set =
          o.kind() == EntryKind.MARK && o.aisEnteredAt() == null && o.studentId() != null
              ? setDate(
                  o, rows.getOrDefault(new Pair(o.studentId(), o.subject()), List.of()), tables)
              : null;
      out.add(
          set == null
              ? o
              : new Observation(
                  o.kind(),
                  o.key(),
                  o.classId(),
                  o.lessonDate(),
                  o.subject(),
                  o.studentId(),
                  o.value(),
                  set.atStartOfDay()));
    }
    return new UnitObservations.Result(out, result.issues());
  }

  /** The earliest set date of a row of the same lesson day and value, or null. */
  private static LocalDate setDate(Observation o, List<GradeRow> rows, CodeTables tables) {
    LocalDate earliest = null;
    for (GradeRow row : rows) {
      if (!row.lessonDate().equals(o.lessonDate()) || !row.mark().matches("\\d+")) {
        continue;
      }
      Optional<String> value = tables.markText(Integer.valueOf(row.mark()));
      if (value.isPresent()
          && value.get().equals(o.value())
          && (earliest == null || row.setDate().isBefore(earliest))) {
        earliest = row.setDate();
      }
    }
    return earliest;
  }

  /** The time recorded for a set date (the day's start); exposed for tests and documentation. */
  public static LocalDateTime enteredAt(LocalDate setDate) {
    return setDate.atStartOfDay();
  }
}
