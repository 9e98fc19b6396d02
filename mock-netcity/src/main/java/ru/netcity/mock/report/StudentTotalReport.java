package ru.netcity.mock.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import ru.netcity.mock.school.Absence;
import ru.netcity.mock.school.Assignment;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.Mark;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.Student;
import ru.netcity.mock.school.Subject;
import ru.netcity.mock.school.Term;
import ru.netcity.mock.school.TermMark;

/**
 * «Итоговые отметки» ({@code v2/reports/studenttotal}) as netcity-api.md §2.2.1 lays it out: one
 * student's subjects × the class's school days of the period. The first header row has a {@code
 * th[colspan]} per month and {@code th[rowspan]} term columns («… Средний балл», «… Итоговая»), the
 * second a day number per day; each subject row holds the marks, dots and absence letters of each
 * day in class-less cells, then {@code td.cell-num-2} averages and finals in term-column order.
 */
final class StudentTotalReport implements Report {
  static final String[] MONTHS = {
    "Январь",
    "Февраль",
    "Март",
    "Апрель",
    "Май",
    "Июнь",
    "Июль",
    "Август",
    "Сентябрь",
    "Октябрь",
    "Ноябрь",
    "Декабрь"
  };

  @Override
  public String name() {
    return "studenttotal";
  }

  @Override
  public String title() {
    return "Итоговые отметки";
  }

  @Override
  public List<String> filterIds() {
    return List.of("SID", "PCLID", "TERMID", "period");
  }

  @Override
  public String render(School school, ReportQuery q) {
    Student student = q.student().orElseThrow();
    List<Term> terms =
        q.term().map(List::of).orElseGet(() -> school.termsOf(q.schoolClass().grade()));
    Map<Integer, Map<LocalDate, StringBuilder>> cells = new HashMap<>();
    Map<Integer, int[]> sums = new HashMap<>(); // subject → [sum, count] per term, pairs
    TreeSet<LocalDate> days = new TreeSet<>();
    for (Lesson lesson : school.lessonsOf(q.schoolClass().id())) {
      if (!q.covers(lesson.date())) {
        continue;
      }
      days.add(lesson.date());
      if (!lesson.isFor(student)) {
        continue;
      }
      StringBuilder cell =
          cells
              .computeIfAbsent(lesson.subjectId(), k -> new HashMap<>())
              .computeIfAbsent(lesson.date(), k -> new StringBuilder());
      int[] sum = sums.computeIfAbsent(lesson.subjectId(), k -> new int[2 * (terms.size() + 1)]);
      for (Assignment a : school.assignmentsOf(lesson.id())) {
        for (Mark m : school.marksOf(a.id())) {
          if (m.studentId() == student.id()) {
            add(cell, m.dutyMark() ? "." : Integer.toString(m.value()));
            if (!m.dutyMark()) {
              count(sum, terms, lesson.date(), m.value());
            }
          }
        }
      }
      for (Absence absence : school.absencesOf(lesson.id())) {
        if (absence.studentId() == student.id()) {
          add(cell, absence.code());
        }
      }
    }
    Map<Integer, Map<Integer, Integer>> finals = new HashMap<>();
    for (TermMark mark : school.termMarksOf(student.id())) {
      finals
          .computeIfAbsent(mark.subjectId(), k -> new HashMap<>())
          .put(mark.termId(), mark.value());
    }
    boolean year = q.term().isEmpty();
    ReportPage page = new ReportPage(title(), spans(q, student));
    page.append(
        "<table class=\"table-print\"><tr><th rowspan=\"2\" class=\"cell-text\">Предмет</th>");
    months(days)
        .forEach(
            (month, length) ->
                page.append("<th colspan=\"" + length + "\">").append(month).append("</th>"));
    for (String column : termColumns(terms, year)) {
      page.append("<th rowspan=\"2\">").append(ReportPage.text(column)).append("</th>");
    }
    page.append("</tr><tr>");
    days.forEach(
        d -> page.append("<th>").append(Integer.toString(d.getDayOfMonth())).append("</th>"));
    page.append("</tr>");
    for (Subject subject :
        ReportPage.subjectsOf(school, q.schoolClass(), student, q.from(), q.to())) {
      page.append("<tr><td class=\"cell-text\">")
          .append(ReportPage.text(subject.name()))
          .append("</td>");
      Map<LocalDate, StringBuilder> byDay = cells.getOrDefault(subject.id(), Map.of());
      for (LocalDate day : days) {
        StringBuilder cell = byDay.get(day);
        page.append("<td>")
            .append(cell == null ? "" : ReportPage.text(cell.toString()))
            .append("</td>");
      }
      int[] sum = sums.getOrDefault(subject.id(), new int[2 * (terms.size() + 1)]);
      Map<Integer, Integer> marks = finals.getOrDefault(subject.id(), Map.of());
      for (int t = 0; t <= terms.size(); t++) {
        if (t == terms.size() && !year) {
          break;
        }
        Integer mark = marks.get(t < terms.size() ? terms.get(t).id() : TermMark.YEAR);
        page.append("<td class=\"cell-num-2\">")
            .append(ReportPage.average(sum[2 * t], sum[2 * t + 1]))
            .append("</td><td class=\"cell-num-2\">")
            .append(mark == null ? "" : mark.toString())
            .append("</td>");
      }
      page.append("</tr>");
    }
    return page.append("</table>").finish();
  }

  /** Adds the mark to its term's sum and to the year's (the last pair). */
  private static void count(int[] sum, List<Term> terms, LocalDate date, int value) {
    for (int t = 0; t < terms.size(); t++) {
      if (terms.get(t).contains(date)) {
        sum[2 * t] += value;
        sum[2 * t + 1]++;
      }
    }
    sum[2 * terms.size()] += value;
    sum[2 * terms.size() + 1]++;
  }

  private static void add(StringBuilder cell, String value) {
    if (cell.length() > 0) {
      cell.append(' ');
    }
    cell.append(value);
  }

  static List<String> termColumns(List<Term> terms, boolean year) {
    List<String> columns = new ArrayList<>();
    for (Term term : terms) {
      columns.add(term.name() + " Средний балл");
      columns.add(term.name() + " Итоговая");
    }
    if (year) {
      columns.add("Год Средний балл");
      columns.add("Год Итоговая");
    }
    return columns;
  }

  /** Month name → number of its day columns, in date order. */
  private static Map<String, Integer> months(TreeSet<LocalDate> days) {
    Map<String, Integer> months = new LinkedHashMap<>();
    for (LocalDate day : days) {
      months.merge(MONTHS[day.getMonthValue() - 1], 1, Integer::sum);
    }
    return months;
  }

  /** The period in the 7th span. */
  private static List<String> spans(ReportQuery q, Student student) {
    return List.of(
        "Класс:",
        ReportPage.text(q.schoolClass().name()),
        "Ученик:",
        ReportPage.text(student.fullName()),
        "Учебный период:",
        ReportPage.text(q.term().map(Term::name).orElse("Год")),
        ReportPage.period(q.from(), q.to()));
  }
}
