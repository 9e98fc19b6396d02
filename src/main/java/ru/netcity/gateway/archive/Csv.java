package ru.netcity.gateway.archive;

/** CSV cells as Russian Excel reads them: {@code ;} separated, quoted when needed (RFC 4180). */
final class Csv {
  /** The byte order mark that makes Excel read UTF-8. */
  static final String BOM = "\uFEFF";

  private Csv() {}

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(";")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
