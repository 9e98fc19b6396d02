package ru.netcity.gateway.netcity.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the four AIS report pages into typed rows. Every method throws {@link
 * MalformedReportException} for a page without {@code table.table-print}, a missing column or a
 * cell that is not a date or a number where one is expected.
 */
public final class ReportHtml {
  private static final String GRADES = "studentgrades";
  private static final String TOTAL = "studenttotal";
  private static final String ATTENDANCE = "studentattendance";
  private static final String JOURNAL = "journalaccess";
  private static final String STUDENT = "Ученик";
  private static final String SUBJECT = "Предмет";
  private static final String DOT = ".";

  private ReportHtml() {}

  /** «Отчёт об успеваемости»: one row per mark, a dot ("." cell) included. */
  public static List<GradeRow> grades(String html) {
    ReportTable t = ReportTable.parse(GRADES, html);
    int student = t.column(STUDENT);
    int subject = t.column(SUBJECT);
    int date = t.column("Дата урока");
    int lesson = t.column("Урок");
    int type = t.column("Тип задания");
    int assignment = t.column("Задание");
    int mark = t.column("Отметка");
    List<GradeRow> rows = new ArrayList<>(t.size());
    for (int r = 0; r < t.size(); r++) {
      boolean dot = DOT.equals(t.text(r, mark));
      rows.add(
          new GradeRow(
              t.text(r, student),
              t.text(r, subject),
              t.date(r, date),
              t.integer(r, lesson),
              t.text(r, type),
              t.text(r, assignment),
              dot ? null : t.integer(r, mark),
              dot));
    }
    return rows;
  }

  /** «Итоговые отметки»: one row per filled term or year cell; every other column is a term. */
  public static List<TermMarkRow> termMarks(String html) {
    ReportTable t = ReportTable.parse(TOTAL, html);
    int student = t.column(STUDENT);
    int subject = t.column(SUBJECT);
    List<String> headers = t.headers();
    List<TermMarkRow> rows = new ArrayList<>();
    for (int r = 0; r < t.size(); r++) {
      for (int c = 0; c < headers.size(); c++) {
        if (c != student && c != subject && !t.text(r, c).isEmpty()) {
          rows.add(
              new TermMarkRow(
                  t.text(r, student), t.text(r, subject), headers.get(c), t.integer(r, c)));
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
