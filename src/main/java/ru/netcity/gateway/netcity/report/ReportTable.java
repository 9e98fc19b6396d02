package ru.netcity.gateway.netcity.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The {@code table.table-print} of one report page: header texts and body cell texts. Columns are
 * looked up by header text so that a reordered or an added column does not break parsing.
 */
final class ReportTable {
  // STRICT with 'uuuu' rejects impossible dates such as 31.02 instead of clamping them.
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  private final String report;
  private final List<String> headers = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();

  private ReportTable(String report, Element table) {
    this.report = report;
    Element head = table.selectFirst("thead tr");
    if (head == null) {
      // Some pages put the header row of th cells straight into tbody.
      head =
          table.select("tr").stream()
              .filter(tr -> tr.selectFirst("td") == null)
              .findFirst()
              .orElse(null);
    }
    if (head == null) {
      throw new MalformedReportException(report + ": table.table-print has no header row");
    }
    head.children().forEach(th -> headers.add(clean(th.text())));
    for (Element tr : table.select("tbody tr")) {
      if (tr != head && tr.selectFirst("td") != null) {
        rows.add(tr.children().stream().map(td -> clean(td.text())).toList());
      }
    }
  }

  static ReportTable parse(String report, String html) {
    Element table = Jsoup.parse(html == null ? "" : html).selectFirst("table.table-print");
    if (table == null) {
      throw new MalformedReportException(report + ": the page has no table.table-print");
    }
    return new ReportTable(report, table);
  }

  /** The index of the column headed {@code name}, ignoring case and surrounding spaces. */
  int column(String name) {
    for (int i = 0; i < headers.size(); i++) {
      if (headers.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    throw new MalformedReportException(report + ": no column \"" + name + "\"");
  }

  List<String> headers() {
    return List.copyOf(headers);
  }

  int size() {
    return rows.size();
  }

  /** The trimmed cell text, "" when empty. */
  String text(int row, int column) {
    List<String> cells = rows.get(row);
    if (column >= cells.size()) {
      throw malformed(row, column, "the row has only " + cells.size() + " cells");
    }
    return cells.get(column);
  }

  /** The cell text, or null when the cell is empty. */
  String optional(int row, int column) {
    String text = text(row, column);
    return text.isEmpty() ? null : text;
  }

  int integer(int row, int column) {
    try {
      return Integer.parseInt(text(row, column));
    } catch (NumberFormatException e) {
      throw malformed(row, column, "not an integer");
    }
  }

  LocalDate date(int row, int column) {
    try {
      return LocalDate.parse(text(row, column), DAY);
    } catch (DateTimeParseException e) {
      throw malformed(row, column, "not a date dd.MM.yyyy");
    }
  }

  LocalDateTime timestamp(int row, int column) {
    try {
      return LocalDateTime.parse(text(row, column), STAMP);
    } catch (DateTimeParseException e) {
      throw malformed(row, column, "not a timestamp dd.MM.yyyy HH:mm:ss");
    }
  }

  // Names the place only: the cell text may be a child's name or mark (see the exception's doc).
  private MalformedReportException malformed(int row, int column, String problem) {
    return new MalformedReportException(
        String.format(
            Locale.ROOT,
            "%s: row %d, column \"%s\": %s",
            report,
            row + 1,
            headers.get(column),
            problem));
  }

  // jsoup keeps &nbsp; as U+00A0, which trim() does not remove.
  private static String clean(String text) {
    return text.replace('\u00a0', ' ').trim();
  }
}
