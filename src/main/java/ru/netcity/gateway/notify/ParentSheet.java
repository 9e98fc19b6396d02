package ru.netcity.gateway.notify;

import java.util.List;

/**
 * The class teachers' file as cells: the columns of the template in their order, then one row per
 * parent and child. Both formats (CSV as Russian Excel saves it, XLSX) read into this.
 *
 * @param header the first row's cells, trimmed
 * @param rows the rows after it with their line numbers in the file (1 is the header)
 */
public record ParentSheet(List<String> header, List<Row> rows) {
  /** The columns in the template's order; Класс, ID ученика, Родитель are required. */
  public static final List<String> COLUMNS =
      List.of(
          "Класс",
          "ID ученика",
          "Ученик",
          "Родитель",
          "Доступ к дневнику",
          Channel.EMAIL.column(),
          Channel.TELEGRAM.column(),
          Channel.MAX.column(),
          Channel.SMS.column(),
          "Дата согласия",
          "Документ",
          "Дата отзыва");

  /** The columns the template fills in itself: a row with nothing else is a pupil left blank. */
  static final List<String> PUPIL_COLUMNS = List.of("Класс", "ID ученика", "Ученик");

  /** One row of cells (trimmed, empty for a missing cell). */
  public record Row(int line, List<String> cells) {}

  /** Whether the row names no parent and no consent (an unfilled template row, an empty line). */
  boolean blank(Row row) {
    for (int i = 0; i < row.cells().size(); i++) {
      String column = i < header.size() ? header.get(i) : "";
      if (!row.cells().get(i).isEmpty() && !PUPIL_COLUMNS.contains(column)) {
        return false;
      }
    }
    return true;
  }

  /** The cell of that column in the row, "" when the file has no such column or cell. */
  String cell(Row row, String column) {
    int i = header.indexOf(column);
    return i < 0 || i >= row.cells().size() ? "" : row.cells().get(i);
  }
}
