package ru.netcity.gateway.netcity.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Entities;

/**
 * Reads the rows of the first {@code table.table-print} of a report page in one pass over the text,
 * without building a document: a journal access log runs to megabytes and tens of thousands of
 * rows, and a tree builder spent more time on it than the rest of a sync's mapping together.
 *
 * <p>It is forgiving the way browsers are where AIS pages need it: rows without {@code tbody}
 * belong to the body, a cell or row left open is closed by the next one or by the end of its
 * section, tags inside a cell only contribute their text (block tags and {@code br} a space), a
 * table inside a cell is part of the cell's text, comments and scripts are skipped, and entities
 * are decoded. Cell text has its white space (including no-break spaces) collapsed to single spaces
 * and trimmed. A page that ends inside the table was cut off: the scan says so, and its rows are
 * not to be used.
 */
final class PrintTableScanner {
  /** What the page held. */
  enum Found {
    NO_TABLE,
    /** The table up to its closing tag. */
    WHOLE_TABLE,
    /** The page ended inside the table: its rows are a fragment. */
    CUT_TABLE
  }

  /** Receives each row of the table in page order. */
  interface Rows {
    /**
     * @param section {@code thead}, {@code tbody} (also for rows outside any section) or {@code
     *     tfoot}
     * @param hasData whether the row has at least one {@code td} (a header row has only {@code th})
     */
    void row(String section, boolean hasData, List<String> cells);
  }

  /** Tags whose boundary separates words in a cell's text. */
  private static final Set<String> BLOCK =
      Set.of(
          "br", "p", "div", "li", "ul", "ol", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
          "table", "td", "th");

  /** The tags the scanner tells apart; any other is "". */
  private static final List<String> NAMES =
      Stream.concat(Stream.of("thead", "tbody", "tfoot", "script", "style"), BLOCK.stream())
          .toList();

  private final String html;
  private final Rows rows;
  private int pos;
  private int depth; // 0 before the table, 1 inside it, more inside a table nested in a cell
  private String section = "tbody";
  private List<String> cells;
  private boolean hasData;
  private final StringBuilder cell = new StringBuilder();
  private boolean inCell;
  private boolean pendingSpace; // white space seen in the cell since its last character

  private PrintTableScanner(String html, Rows rows) {
    this.html = html;
    this.rows = rows;
  }

  /** Passes every row of the page's first print table to {@code rows}. */
  static Found scan(String html, Rows rows) {
    return new PrintTableScanner(html == null ? "" : html, rows).run();
  }

  private Found run() {
    boolean found = false;
    int n = html.length();
    while (pos < n) {
      int lt = html.indexOf('<', pos);
      if (lt < 0) {
        text(pos, n);
        break;
      }
      text(pos, lt);
      pos = lt;
      if (html.startsWith("<!--", pos)) {
        int end = html.indexOf("-->", pos + 4);
        pos = end < 0 ? n : end + 3;
      } else if (pos + 1 < n && (html.charAt(pos + 1) == '!' || html.charAt(pos + 1) == '?')) {
        int end = html.indexOf('>', pos);
        pos = end < 0 ? n : end + 1;
      } else if (pos + 1 < n && html.charAt(pos + 1) == '/' && isNameStart(pos + 2)) {
        int nameEnd = nameEnd(pos + 2);
        String name = tag(pos + 2, nameEnd);
        pos = tagEnd(nameEnd);
        if (found && end(name)) {
          return Found.WHOLE_TABLE;
        }
      } else if (isNameStart(pos + 1)) {
        int nameEnd = nameEnd(pos + 1);
        String name = tag(pos + 1, nameEnd);
        int close = tagEnd(nameEnd);
        if (name.equals("script") || name.equals("style")) {
          pos = endOfRawText(name, close);
          continue;
        }
        if (!found && name.equals("table") && isPrintTable(nameEnd, close)) {
          found = true;
          depth = 1;
        } else if (found) {
          start(name);
        }
        pos = close;
      } else {
        text(pos, pos + 1); // a lone '<' is text
        pos++;
      }
    }
    if (found) {
      closeRow();
    }
    return found ? Found.CUT_TABLE : Found.NO_TABLE;
  }

  private void start(String name) {
    if (depth > 1) {
      if (name.equals("table")) {
        depth++;
      }
      space(name);
      return;
    }
    switch (name) {
      case "thead", "tbody", "tfoot" -> {
        closeRow();
        section = name;
      }
      case "tr" -> {
        closeRow();
        cells = new ArrayList<>();
        hasData = false;
      }
      case "td", "th" -> {
        closeCell();
        if (cells == null) {
          cells = new ArrayList<>();
          hasData = false;
        }
        hasData |= name.equals("td");
        inCell = true;
        pendingSpace = false;
      }
      case "table" -> {
        depth++;
        space(name);
      }
      default -> space(name);
    }
  }

  /** Handles an end tag; true when it closes the print table. */
  private boolean end(String name) {
    if (depth > 1) {
      if (name.equals("table")) {
        depth--;
      }
      space(name);
      return false;
    }
    switch (name) {
      case "table" -> {
        closeRow();
        return true;
      }
      case "thead", "tbody", "tfoot" -> {
        closeRow();
        section = "tbody";
      }
      case "tr" -> closeRow();
      case "td", "th" -> closeCell();
      default -> space(name);
    }
    return false;
  }

  private void closeCell() {
    if (inCell) {
      cells.add(cell.toString());
      cell.setLength(0);
      inCell = false;
    }
  }

  private void closeRow() {
    closeCell();
    if (cells != null) {
      rows.row(section, hasData, cells);
      cells = null;
    }
  }

  private void space(String tag) {
    if (inCell && BLOCK.contains(tag)) {
      pendingSpace = cell.length() > 0;
    }
  }

  /** Appends the text between two tags to the open cell, entities decoded. */
  private void text(int from, int to) {
    if (!inCell) {
      return;
    }
    int i = from;
    while (i < to) {
      char c = html.charAt(i);
      i = c == '&' ? entity(i, to) : i + 1;
      if (c != '&') {
        append(c);
      }
    }
  }

  /** Decodes the entity at {@code amp} into the cell; returns where the text goes on. */
  private int entity(int amp, int to) {
    int limit = Math.min(to, amp + 33);
    for (int semi = amp + 2; semi < limit; semi++) {
      if (html.charAt(semi) == ';') {
        String decoded = decode(html.substring(amp + 1, semi));
        if (decoded == null) {
          break;
        }
        for (int k = 0; k < decoded.length(); k++) {
          append(decoded.charAt(k));
        }
        return semi + 1;
      }
    }
    append('&');
    return amp + 1;
  }

  /** Appends a character, white space (also no-break spaces) collapsed to single spaces. */
  private void append(char c) {
    if (c == '\u00a0' || Character.isWhitespace(c)) {
      pendingSpace = cell.length() > 0;
    } else {
      if (pendingSpace) {
        cell.append(' ');
        pendingSpace = false;
      }
      cell.append(c);
    }
  }

  private static String decode(String name) {
    if (name.charAt(0) == '#') {
      try {
        int code =
            name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                ? Integer.parseInt(name.substring(2), 16)
                : Integer.parseInt(name.substring(1));
        return Character.isValidCodePoint(code) ? Character.toString(code) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return switch (name) {
      case "nbsp" -> " ";
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      default -> Entities.isNamedEntity(name) ? Entities.getByName(name) : null;
    };
  }

  private boolean isPrintTable(int from, int to) {
    String attributes = html.substring(from, to).toLowerCase(Locale.ROOT);
    int at = attributes.indexOf("class");
    while (at >= 0) {
      int i = at + 5;
      while (i < attributes.length() && Character.isWhitespace(attributes.charAt(i))) {
        i++;
      }
      if (i < attributes.length() && attributes.charAt(i) == '=') {
        String value = attributeValue(attributes, i + 1);
        for (String c : value.trim().split("\\s+")) {
          if (c.equals("table-print")) {
            return true;
          }
        }
      }
      at = attributes.indexOf("class", at + 5);
    }
    return false;
  }

  private static String attributeValue(String attributes, int from) {
    int i = from;
    while (i < attributes.length() && Character.isWhitespace(attributes.charAt(i))) {
      i++;
    }
    if (i >= attributes.length()) {
      return "";
    }
    char quote = attributes.charAt(i);
    if (quote == '"' || quote == '\'') {
      int end = attributes.indexOf(quote, i + 1);
      return attributes.substring(i + 1, end < 0 ? attributes.length() : end);
    }
    int end = i;
    while (end < attributes.length()
        && !Character.isWhitespace(attributes.charAt(end))
        && attributes.charAt(end) != '>') {
      end++;
    }
    return attributes.substring(i, end);
  }

  /** The tag name between the two positions as one of {@link #NAMES}, or "" (no allocation). */
  private String tag(int from, int to) {
    int length = to - from;
    for (String name : NAMES) {
      if (name.length() == length && html.regionMatches(true, from, name, 0, length)) {
        return name;
      }
    }
    return "";
  }

  private boolean isNameStart(int i) {
    return i < html.length() && Character.isLetter(html.charAt(i));
  }

  private int nameEnd(int i) {
    while (i < html.length()) {
      char c = html.charAt(i);
      if (Character.isWhitespace(c) || c == '>' || c == '/') {
        break;
      }
      i++;
    }
    return i;
  }

  /** The position after the tag's '>', skipping quoted attribute values. */
  private int tagEnd(int i) {
    char quote = 0;
    char last = 0; // the last character outside white space: a quote opens a value after '='
    while (i < html.length()) {
      char c = html.charAt(i++);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if ((c == '"' || c == '\'') && last == '=') {
        quote = c;
      } else if (c == '>') {
        return i;
      }
      if (!Character.isWhitespace(c)) {
        last = c;
      }
    }
    return i;
  }

  /** Where the end tag of a script or style starts (their content is not markup). */
  private int endOfRawText(String name, int from) {
    String end = "</" + name;
    for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
      if (html.regionMatches(true, i, end, 0, end.length())) {
        return i;
      }
    }
    return html.length();
  }
}
