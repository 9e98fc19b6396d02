package ru.netcity.mock.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes a report page: a title, the chosen filters and one {@code table.table-print}. */
final class HtmlTable {
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

  private final StringBuilder html = new StringBuilder(64 * 1024);

  HtmlTable(String title, String filters, List<String> headers) {
    html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(escape(title))
        .append("</title></head><body><h2 class=\"report-title\">")
        .append(escape(title))
        .append("</h2><div class=\"report-filters\">")
        .append(escape(filters))
        .append("</div><table class=\"table-print\"><thead><tr>");
    headers.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
    html.append("</tr></thead><tbody>");
  }

  /** Adds a row; a null cell is written empty. */
  HtmlTable row(Object... cells) {
    html.append("<tr>");
    for (Object cell : cells) {
      html.append("<td>").append(cell == null ? "" : escape(text(cell))).append("</td>");
    }
    html.append("</tr>");
    return this;
  }

  String finish() {
    return html.append("</tbody></table></body></html>").toString();
  }

  static String filters(ReportQuery q) {
    String who = q.student().map(s -> "Ученик: " + s.fullName()).orElse("Ученики: все");
    return "Класс: "
        + q.schoolClass().name()
        + "; "
        + who
        + "; Период: "
        + DAY.format(q.from())
        + " – "
        + DAY.format(q.to());
  }

  private static String text(Object cell) {
    if (cell instanceof LocalDateTime time) {
      return STAMP.format(time);
    }
    if (cell instanceof LocalDate date) {
      return DAY.format(date);
    }
    return cell.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
