package ru.netcity.gateway.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.audit.Completeness;

/**
 * The school and its reporting terms as the AIS gave them to the ledger (TERM entries), grouped by
 * end date: quarters and half-years ending on one day make one archive term.
 */
final class SchoolTerms {
  /**
   * The terms ending on one day, with the classes that have one of them.
   *
   * @param start the earliest start among them
   * @param names the terms' names, e.g. «2 четверть, 1 полугодие»
   * @param classes each class's own term start
   */
  record EndingTerm(LocalDate end, LocalDate start, String names, Map<Integer, LocalDate> classes) {
    String describe() {
      return "%s (%s – %s)".formatted(names, start, end);
    }
  }

  private final JdbcTemplate jdbc;
  private final AuditService audits;

  SchoolTerms(DataSource dataSource, AuditService audits) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.audits = audits;
  }

  /** The school of the newest sync run. */
  int school() {
    List<Integer> schools =
        jdbc.queryForList(
            "SELECT school_id FROM sync_run ORDER BY started_at DESC, id LIMIT 1", Integer.class);
    if (schools.isEmpty()) {
      throw new ArchiveException("nothing to archive: no sync has run yet");
    }
    return schools.get(0);
  }

  /** The school's terms by end date. */
  List<EndingTerm> terms(int school) {
    Map<LocalDate, LocalDate> starts = new TreeMap<>();
    Map<LocalDate, TreeSet<String>> names = new TreeMap<>();
    Map<LocalDate, Map<Integer, LocalDate>> classes = new TreeMap<>();
    jdbc.query(
        "SELECT class_id, value_text FROM entry_state WHERE school_id = ? AND kind = 'TERM'"
            + " AND deleted = FALSE",
        rs -> {
          String[] parts = rs.getString(2).split("\\|");
          LocalDate start = LocalDate.parse(parts[1]);
          LocalDate end = LocalDate.parse(parts[2]);
          starts.merge(end, start, (a, b) -> a.isBefore(b) ? a : b);
          names.computeIfAbsent(end, e -> new TreeSet<>()).add(parts[0]);
          classes.computeIfAbsent(end, e -> new TreeMap<>()).put(rs.getInt(1), start);
        },
        school);
    List<EndingTerm> terms = new ArrayList<>();
    starts.forEach(
        (end, start) ->
            terms.add(
                new EndingTerm(end, start, String.join(", ", names.get(end)), classes.get(end))));
    return terms;
  }

  /** A term by its end date ({@code 2025-10-24}) or one of its names ({@code 1 четверть}). */
  EndingTerm term(int school, String term) {
    List<EndingTerm> matches =
        terms(school).stream()
            .filter(
                t ->
                    t.end().toString().equals(term)
                        || List.of(t.names().split(", ")).contains(term))
            .toList();
    if (matches.size() != 1) {
      throw new ArchiveException(
          (matches.isEmpty() ? "no term '" : "several terms match '")
              + term
              + "'; the school's terms: "
              + String.join("; ", terms(school).stream().map(EndingTerm::describe).toList()));
    }
    return matches.get(0);
  }

  /** Classes of the term whose days the newest pulls have not all completed. */
  List<Integer> incompleteClasses(int school, EndingTerm term) {
    Completeness gate = completeness(school);
    return term.classes().entrySet().stream()
        .filter(c -> !gate.complete(c.getKey(), c.getValue(), term.end()))
        .map(Map.Entry::getKey)
        .toList();
  }

  Completeness completeness(int school) {
    return audits.completeness(school);
  }

  Optional<EndingTerm> latestEnded(int school, LocalDate lastEndAllowed) {
    return terms(school).stream().filter(t -> !t.end().isAfter(lastEndAllowed)).reduce((a, b) -> b);
  }
}
