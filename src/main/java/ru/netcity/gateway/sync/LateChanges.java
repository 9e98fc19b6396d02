package ru.netcity.gateway.sync;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import ru.netcity.gateway.netcity.TermRef;
import ru.netcity.gateway.netcity.report.JournalAccessRow;

/**
 * What a nightly run's lookback window cannot see: an entry of an older lesson that the AIS
 * changed, deleted or added after the school's last complete run (a mark edited weeks later, a term
 * mark corrected after the deadline). Each night one journal access report per class over the
 * previous and the current term, up to the window, names the lesson dates the log shows changed
 * since then; the run pulls those weeks again. Anything older waits for the weekly full re-sync.
 */
final class LateChanges {
  /** Entries typed while the last run was reading count as changed after it. */
  static final Duration MARGIN = Duration.ofHours(1);

  private LateChanges() {}

  /**
   * The lesson dates the journal log is read over: from the start of the term before the current
   * one (the first term early in the year) to the day before the lookback window; empty when the
   * window reaches back to it.
   */
  static Optional<Window> window(List<TermRef> terms, LocalDate today, LocalDate lookbackStart) {
    List<TermRef> started =
        terms.stream()
            .filter(t -> t.start() != null && t.end() != null && !t.start().isAfter(today))
            .sorted((a, b) -> a.start().compareTo(b.start()))
            .toList();
    if (started.isEmpty()) {
      return Optional.empty();
    }
    LocalDate from = started.get(Math.max(0, started.size() - 2)).start();
    LocalDate to = lookbackStart.minusDays(1);
    return from.isAfter(to) ? Optional.empty() : Optional.of(new Window(from, to));
  }

  /**
   * The lesson dates of the rows entered at or after {@code since} (school time); every dated row
   * when the school has no complete run yet ({@code since} null).
   */
  static Set<LocalDate> changedDates(
      List<JournalAccessRow> rows, LocalDateTime since, Window window) {
    Set<LocalDate> dates = new TreeSet<>();
    for (JournalAccessRow row : rows) {
      if (row.lessonDate() != null
          && window.covers(row.lessonDate())
          && (since == null || (row.enteredAt() != null && !row.enteredAt().isBefore(since)))) {
        dates.add(row.lessonDate());
      }
    }
    return dates;
  }

  /** Lesson dates from {@code from} to {@code to}, both included. */
  record Window(LocalDate from, LocalDate to) {
    boolean covers(LocalDate date) {
      return !date.isBefore(from) && !date.isAfter(to);
    }
  }
}
