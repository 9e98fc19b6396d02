package ru.netcity.mock.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolClass;
import ru.netcity.mock.school.Student;
import ru.netcity.mock.school.Subject;

/**
 * The page around an evidenced report (netcity-api.md §2.2.1): a title, a header table whose second
 * cell holds the chosen filters as {@code span}s (public clients find the period and the teacher by
 * the span's position), then the caller's {@code table.table-print}.
 */
final class ReportPage {
  /** Dates as the evidenced reports print them: {@code dd.mm.yy}. */
  static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd.MM.yy");

  private final StringBuilder html = new StringBuilder(32 * 1024);

  /**
   * @param spans the inner HTML of each header span, already escaped, in order
   */
  ReportPage(String title, List<String> spans) {
    html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(HtmlTable.escape(title))
        .append("</title></head><body><h2 class=\"report-title\">")
        .append(HtmlTable.escape(title))
        .append("</h2><table class=\"report-header\"><tr><td class=\"cell-caption\">")
        .append(HtmlTable.escape(title))
        .append("</td><td>");
    spans.forEach(s -> html.append("<span>").append(s).append("</span>"));
    html.append("</td></tr></table>");
  }

  /** Appends raw HTML (the caller escapes texts with {@link #text}). */
  ReportPage append(String raw) {
    html.append(raw);
    return this;
  }

  String finish() {
    return html.append("</body></html>").toString();
  }

  static String text(String text) {
    return HtmlTable.escape(text == null ? "" : text);
  }

  static String period(LocalDate from, LocalDate to) {
    return SHORT.format(from) + " - " + SHORT.format(to);
  }

  /** An average with a comma and two decimals, as the AIS prints it; "" without marks. */
  static String average(int sum, int count) {
    return count == 0
        ? ""
        : String.format(Locale.ROOT, "%.2f", (double) sum / count).replace('.', ',');
  }

  /** The subjects the student has lessons of in the class within the dates, in plan order. */
  static List<Subject> subjectsOf(
      School school, SchoolClass cls, Student student, LocalDate from, LocalDate to) {
    Set<Integer> ids = new HashSet<>();
    for (Lesson lesson : school.lessonsOf(cls.id())) {
      if (!lesson.date().isBefore(from) && !lesson.date().isAfter(to) && lesson.isFor(student)) {
        ids.add(lesson.subjectId());
      }
    }
    return school.subjects().stream().filter(s -> ids.contains(s.id())).toList();
  }
}
