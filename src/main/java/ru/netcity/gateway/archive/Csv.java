package ru.netcity.gateway.archive;

/**
 * One CSV cell of the archive (RFC 4180 with {@code ;}, as Russian Excel reads it): null is an
 * empty field, an empty text is {@code ""}, a text with {@code ;}, a quote or a line break is
 * quoted with its quotes doubled. {@link CsvLines} and the hand-made sheets share this one rule.
 */
final class Csv {
  /** The byte order mark that makes Excel read UTF-8. */
  static final String BOM = "\uFEFF";

  private Csv() {}

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    if (!value.isEmpty() && plain(value)) {
      return value;
    }
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static boolean plain(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ';' || c == '"' || c == '\n' || c == '\r') {
        return false;
      }
    }
    return true;
  }
}
