package ru.netcity.gateway.netcity.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

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

  private ReportTable(String report) {
    this.report = report;
  }

  /**
   * Reads the page as a stream of elements: each row of the table is taken when its closing tag is
   * read and then dropped from the tree, so a journal log of thousands of rows never stands in
   * memory as a whole DOM.
   */
  static ReportTable parse(String report, String html) {
    ReportTable table = new ReportTable(report);
    boolean seenTable = false;
    List<String> theadRow = null;
    List<String> firstThRow = null; // some pages put the header row straight into tbody
    try (StreamParser parser =
        new StreamParser(Parser.htmlParser()).parse(html == null ? "" : html, "")) {
      for (Element element : (Iterable<Element>) parser::iterator) {
        if (element.nameIs("table") && element.hasClass("table-print")) {
          seenTable = true;
          break;
        }
        if (!element.nameIs("tr") || !inPrintTable(element)) {
          continue;
        }
        boolean cells = element.selectFirst("> td") != null;
        String section = element.parent() == null ? "" : element.parent().normalName();
        if (section.equals("thead") && theadRow == null) {
          theadRow = texts(element);
        } else if (!cells && firstThRow == null) {
          firstThRow = texts(element);
        } else if (cells && section.equals("tbody")) {
          table.rows.add(texts(element));
        }
        element.remove();
      }
    }
    if (!seenTable) {
      throw new MalformedReportException(report + ": the page has no table.table-print");
    }
    List<String> header = theadRow != null ? theadRow : firstThRow;
    if (header == null) {
      throw new MalformedReportException(report + ": table.table-print has no header row");
    }
    table.headers.addAll(header);
    return table;
  }

  private static boolean inPrintTable(Element row) {
    Element table = row.closest("table");
    return table != null && table.hasClass("table-print");
  }

  private static List<String> texts(Element row) {
    return row.children().stream().map(cell -> clean(cell.text())).toList();
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
