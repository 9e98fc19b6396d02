package ru.netcity.gateway.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables as CSV the way Russian Excel opens them: UTF-8 with a byte-order mark, «;» between cells,
 * a decimal comma, dates as ДД.ММ.ГГГГ, shares as percentages. Several tables follow each other,
 * each with its title line and a blank line between.
 */
public final class CsvWriter {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private CsvWriter() {}

  public static byte[] write(List<ReportTable> tables) {
    StringBuilder out = new StringBuilder("\uFEFF");
    for (int t = 0; t < tables.size(); t++) {
      ReportTable table = tables.get(t);
      if (tables.size() > 1) {
        if (t > 0) {
          out.append("\r\n");
        }
        out.append(
                line(
                    List.of(
                        table.title()
                            + (table.subtitle().isEmpty() ? "" : " — " + table.subtitle()))))
            .append("\r\n");
      }
      out.append(line(table.columns().stream().map(ReportTable.Column::header).toList()))
          .append("\r\n");
      for (List<Object> row : table.rows()) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
          cells.add(cell(row.get(i), table.columns().get(i).kind()));
        }
        out.append(line(cells)).append("\r\n");
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String cell(Object value, ReportTable.Kind kind) {
    if (value == null) {
      return "";
    }
    if (kind == ReportTable.Kind.SHARE && value instanceof Number n) {
      return decimal(BigDecimal.valueOf(n.doubleValue() * 100).setScale(1, RoundingMode.HALF_UP))
          + "%";
    }
    if (value instanceof LocalDateTime t) {
      return TIME.format(t);
    }
    if (value instanceof LocalDate d) {
      return DAY.format(d);
    }
    if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      return decimal(new BigDecimal(value.toString()));
    }
    return value.toString();
  }

  private static String decimal(BigDecimal value) {
    return value.toPlainString().replace('.', ',');
  }

  /**
   * One record as a CSV line as Russian Excel reads it (no line break): cells joined by {@code ;},
   * a cell with {@code ;}, a quote or a line break quoted.
   */
  public static String line(List<String> cells) {
    List<String> out = new ArrayList<>();
    for (String cell : cells) {
      boolean quote =
          cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
      out.add(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
    }
    return String.join(";", out);
  }
}
