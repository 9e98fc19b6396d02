package ru.netcity.gateway.netcity.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code table.table-print} of one report page: header texts and body cell texts. Columns are
 * looked up by header text so that a reordered or an added column does not break parsing.
 */
final class ReportTable {
  private final String report;
  private final List<String> headers = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();
  private List<String> theadRow;
  private List<String> firstThRow; // some pages put the header row straight into tbody

  private ReportTable(String report) {
    this.report = report;
  }

  /** Reads the header and the body rows of the page's first print table in one pass. */
  static ReportTable parse(String report, String html) {
    ReportTable table = new ReportTable(report);
    PrintTableScanner.Found found =
        PrintTableScanner.scan(
            html,
            (section, hasData, cells) -> {
              if (section.equals("thead")) {
                if (table.theadRow == null) {
                  table.theadRow = cells;
                }
              } else if (!hasData) {
                if (table.firstThRow == null) {
                  table.firstThRow = cells;
                }
              } else if (section.equals("tbody")) {
                table.rows.add(cells);
              }
            });
    if (found == PrintTableScanner.Found.NO_TABLE) {
      throw new MalformedReportException(report + ": the page has no table.table-print");
    }
    if (found == PrintTableScanner.Found.CUT_TABLE) {
      throw new MalformedReportException(
          report + ": the page ends inside table.table-print (cut off; its rows are not used)");
    }
    List<String> header = table.theadRow != null ? table.theadRow : table.firstThRow;
    if (header == null) {
      throw new MalformedReportException(report + ": table.table-print has no header row");
    }
    table.headers.addAll(header);
    return table;
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
    String text = text(row, column);
    LocalDate date = text.length() == 10 ? day(text) : null;
    if (date == null) {
      throw malformed(row, column, "not a date dd.MM.yyyy");
    }
    return date;
  }

  /** A date {@code dd.mm.yy} as the evidenced reports print it (years 2000–2099). */
  LocalDate shortDate(int row, int column) {
    String text = text(row, column);
    int d = number(text, 0, 2, '.');
    int m = number(text, 3, 2, '.');
    int y = text.length() == 8 ? number(text, 6, 2, (char) 0) : -1;
    try {
      if ((d | m | y) >= 0) {
        return LocalDate.of(2000 + y, m, d);
      }
    } catch (DateTimeException e) {
      // an impossible date such as 31.02 falls through
    }
    throw malformed(row, column, "not a date dd.mm.yy");
  }

  LocalDateTime timestamp(int row, int column) {
    String text = text(row, column);
    LocalDate date = text.length() == 19 && text.charAt(10) == ' ' ? day(text) : null;
    int hour = number(text, 11, 2, ':');
    int minute = number(text, 14, 2, ':');
    int second = number(text, 17, 2, (char) 0);
    if (date == null || hour > 23 || minute > 59 || second > 59 || (hour | minute | second) < 0) {
      throw malformed(row, column, "not a timestamp dd.MM.yyyy HH:mm:ss");
    }
    return date.atTime(hour, minute, second);
  }

  /**
   * The date {@code dd.MM.yyyy} at the start of the text, or null; impossible dates such as 31.02
   * are null, not clamped. Read by hand: a journal log has tens of thousands of them.
   */
  private static LocalDate day(String text) {
    int d = number(text, 0, 2, '.');
    int m = number(text, 3, 2, '.');
    int y = number(text, 6, 4, (char) 0);
    if ((d | m | y) < 0) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The digits at {@code at} followed by {@code separator} (0: anything), or -1. */
  private static int number(String text, int at, int digits, char separator) {
    if (text.length() < at + digits
        || (separator != 0
            && (text.length() <= at + digits || text.charAt(at + digits) != separator))) {
      return -1;
    }
    int value = 0;
    for (int i = at; i < at + digits; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
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
}
