package ru.netcity.gateway.report;

import java.util.List;
import java.util.Objects;

/**
 * One view of a report as a table: what the page shows and what every export (PDF, XLSX, CSV)
 * writes, so that the documents carry the same numbers as the page.
 *
 * @param title the Russian heading, for example «Соответствие регламенту по классам»
 * @param subtitle the period and filters in words, for example «1 четверть 2025/2026, класс 7А»;
 *     empty when none
 * @param columns the headers and how each column's cells are typed
 * @param rows one list of cells per row, in column order; a cell is a {@link String}, a {@link
 *     Number}, a {@link java.time.LocalDate}, a {@link java.time.LocalDateTime} or null (empty)
 */
public record ReportTable(
    String title, String subtitle, List<Column> columns, List<List<Object>> rows) {

  public ReportTable {
    Objects.requireNonNull(title, "title");
    subtitle = subtitle == null ? "" : subtitle;
    columns = List.copyOf(columns);
    rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(row)).toList();
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "A row of «" + title + "» has " + row.size() + " cells for " + columns.size());
      }
    }
  }

  /** A column's header and the type of its cells. */
  public record Column(String header, Kind kind) {}

  /** How a column's cells are written: XLSX keeps numbers as numbers and dates as dates. */
  public enum Kind {
    TEXT,
    /** A whole number or a decimal. */
    NUMBER,
    /** A share between 0 and 1, shown as a percentage. */
    SHARE,
    DATE,
    DATE_TIME
  }
}
