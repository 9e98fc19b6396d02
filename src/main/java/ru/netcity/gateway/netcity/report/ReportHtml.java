package ru.netcity.gateway.netcity.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the AIS report pages into typed rows (the evidenced layouts of netcity-api.md §2.2.1 and
 * the mock's assumed {@code studentattendance} and {@code journalaccess}). Every method throws
 * {@link MalformedReportException} for a page without {@code table.table-print}, a missing column
 * or a cell that is not a date or a number where one is expected.
 */
public final class ReportHtml {
  private static final String GRADES = "studentgrades";
  private static final String TOTAL_MARKS = "studenttotalmarks";
  private static final String YEAR_COLUMN = "Год. оценка";

  /** The term name of a year mark, as the ledger records it. */
  public static final String YEAR = "Год";

  private static final String ATTENDANCE = "studentattendance";
  private static final String JOURNAL = "journalaccess";
  private static final String STUDENT = "Ученик";
  private static final String SUBJECT = "Предмет";
  private static final String DOT = ".";

  private ReportHtml() {}

  /**
   * «Отчёт об успеваемости» of one student and subject: one row per mark. The header row has only
   * {@code th}; the {@code tr.totals} row (average) has an empty first cell and is left out, as VK
   * leaves it out.
   */
  public static List<GradeRow> grades(String html) {
    ReportTable t = ReportTable.parse(GRADES, html);
    int type = t.column("Тип задания");
    int topic = t.column("Тема задания");
    int date = t.column("Дата выполнения");
    int set = t.column("Дата выставления оценки");
    int mark = t.column("Оценка");
    List<GradeRow> rows = new ArrayList<>(t.size());
    for (int r = 0; r < t.size(); r++) {
      if (t.text(r, type).isEmpty()) {
        continue;
      }
      rows.add(
          new GradeRow(
              t.text(r, type),
              t.text(r, topic),
              t.shortDate(r, date),
              t.shortDate(r, set),
              t.text(r, mark)));
    }
    return rows;
  }

  /**
   * One student's «Итоговые отметки» ({@code studenttotalmarks}): a row per subject beginning with
   * its number, a column per term, then «Год. оценка» (read as {@link #YEAR}), «Экз. оценка» and
   * «Итог. оценка» (not read); one row per filled term or year cell.
   */
  public static List<TermMarkRow> termMarks(int studentId, String html) {
    ReportTable t = ReportTable.parse(TOTAL_MARKS, html);
    int number = t.column("№");
    int subject = t.column(SUBJECT);
    int year = t.column(YEAR_COLUMN);
    List<String> headers = t.headers();
    List<TermMarkRow> rows = new ArrayList<>();
    for (int r = 0; r < t.size(); r++) {
      if (!t.text(r, number).matches("\\d+")) {
        continue;
      }
      for (int c = subject + 1; c <= year; c++) {
        if (!t.text(r, c).isEmpty()) {
          String term = c == year ? YEAR : headers.get(c);
          rows.add(new TermMarkRow(studentId, t.text(r, subject), term, t.integer(r, c)));
        }
      }
    }
    return rows;
  }

  /** «Отчёт о посещаемости»: one row per absence mark. */
  public static List<AbsenceRow> attendance(String html) {
    ReportTable t = ReportTable.parse(ATTENDANCE, html);
    int student = t.column(STUDENT);
    int date = t.column("Дата");
    int lesson = t.column("Урок");
    int subject = t.column(SUBJECT);
    int code = t.column("Отметка о посещении");
    List<AbsenceRow> rows = new ArrayList<>(t.size());
    for (int r = 0; r < t.size(); r++) {
      rows.add(
          new AbsenceRow(
              t.text(r, student),
              t.date(r, date),
              t.integer(r, lesson),
              t.text(r, subject),
              t.text(r, code)));
    }
    return rows;
  }

  /**
   * «Доступ к журналу»: one row per entry, change or deletion (an empty «Стало»), in the page's
   * order.
   */
  public static List<JournalAccessRow> journalAccess(String html) {
    ReportTable t = ReportTable.parse(JOURNAL, html);
    int at = t.column("Дата и время");
    int user = t.column("Пользователь");
    int className = t.column("Класс");
    int subject = t.column(SUBJECT);
    int date = t.column("Дата урока");
    int lesson = t.column("Урок");
    int student = t.column(STUDENT);
    int object = t.column("Объект");
    int before = t.column("Было");
    int after = t.column("Стало");
    List<JournalAccessRow> rows = new ArrayList<>(t.size());
    for (int r = 0; r < t.size(); r++) {
      rows.add(
          new JournalAccessRow(
              t.timestamp(r, at),
              t.text(r, user),
              t.text(r, className),
              t.text(r, subject),
              t.date(r, date),
              t.text(r, lesson),
              t.optional(r, student),
              t.text(r, object),
              t.optional(r, before),
              t.optional(r, after)));
    }
    return rows;
  }
}
