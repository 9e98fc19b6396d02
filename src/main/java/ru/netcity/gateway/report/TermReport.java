package ru.netcity.gateway.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.report.ReportTable.Column;
import ru.netcity.gateway.report.ReportTable.Kind;

/**
 * The term report for the education department (order 4.1: «составление отчётности для управления
 * образования»): per school and term, the newest audit's findings counted by rule and severity,
 * with each rule's share of all findings, as XLSX.
 */
public final class TermReport {
  private final JdbcTemplate jdbc;

  public TermReport(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** The table of the school's term named {@code term} («2 четверть»), newest audit. */
  public ReportTable table(int school, String term) {
    LocalDate[] span = {null, null};
    jdbc.query(
        "SELECT value_text FROM entry_state WHERE school_id = ? AND kind = 'TERM'"
            + " AND deleted = FALSE",
        rs -> {
          String[] parts = rs.getString(1).split("\\|");
          if (parts[0].equals(term)) {
            LocalDate start = LocalDate.parse(parts[1]);
            LocalDate end = LocalDate.parse(parts[2]);
            span[0] = span[0] == null || start.isBefore(span[0]) ? start : span[0];
            span[1] = span[1] == null || end.isAfter(span[1]) ? end : span[1];
          }
        },
        school);
    if (span[0] == null) {
      throw new IllegalArgumentException(
          "no term «" + term + "» in the ledger of school " + school);
    }
    Map<String, long[]> counts = new TreeMap<>();
    jdbc.query(
        "SELECT f.rule_code, f.clause, f.severity, COUNT(*) FROM audit_finding f WHERE f.school_id"
            + " = ? AND f.lesson_date BETWEEN ? AND ? AND f.run_id = (SELECT id FROM audit_run"
            + " WHERE school_id = ? ORDER BY finished_at DESC, id LIMIT 1) GROUP BY f.rule_code,"
            + " f.clause, f.severity",
        rs -> {
          long[] c =
              counts.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new long[3]);
          c[ru.netcity.gateway.audit.Severity.ofLabel(rs.getString(3)).ordinal()] += rs.getLong(4);
        },
        school,
        span[0],
        span[1],
        school);
    long all = counts.values().stream().mapToLong(c -> c[0] + c[1] + c[2]).sum();
    List<List<Object>> rows = new ArrayList<>();
    counts.forEach(
        (key, c) -> {
          long total = c[0] + c[1] + c[2];
          List<Object> row = new ArrayList<>();
          row.add(key.split("\\|")[0]);
          row.add(key.split("\\|")[1]);
          row.add(c[0]);
          row.add(c[1]);
          row.add(c[2]);
          row.add(total);
          row.add(all == 0 ? 0.0 : (double) total / all);
          rows.add(row);
        });
    return new ReportTable(
        "Отчёт о ведении электронного журнала за " + term,
        "Школа " + school + ", " + span[0] + " – " + span[1],
        List.of(
            new Column("Правило", Kind.TEXT),
            new Column("Пункт", Kind.TEXT),
            new Column("Нарушений", Kind.NUMBER),
            new Column("Предупреждений", Kind.NUMBER),
            new Column("Сведений", Kind.NUMBER),
            new Column("Всего", Kind.NUMBER),
            new Column("Доля", Kind.SHARE)),
        rows);
  }
}
