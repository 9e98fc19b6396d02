package ru.netcity.mock.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import ru.netcity.mock.school.Assignment;
import ru.netcity.mock.school.AssignmentType;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.Mark;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.Student;
import ru.netcity.mock.school.Subject;

/**
 * «Отчёт об успеваемости» as netcity-api.md §2.2.1 lays it out: one student × one subject, the
 * period in the header's 5th span and the teacher in its 11th, then one row per mark with the
 * lesson date and the date the mark was set, and a {@code tr.totals} row with the average. Dots are
 * no marks and have no row (an assumption: no client shows a dot in this report).
 */
final class StudentGradesReport implements Report {
  static final List<String> HEADERS =
      List.of(
          "Тип задания", "Тема задания", "Дата выполнения", "Дата выставления оценки", "Оценка");

  @Override
  public String name() {
    return "studentgrades";
  }

  @Override
  public String title() {
    return "Отчёт об успеваемости";
  }

  @Override
  public List<String> filterIds() {
    return List.of("SID", "PCLID_IUP", "SGID", "TERMID", "period");
  }

  @Override
  public String render(School school, ReportQuery q) {
    Student student = q.student().orElseThrow();
    Subject subject = q.subject().orElseThrow();
    StringBuilder rows = new StringBuilder();
    String teacher = "";
    int sum = 0;
    int count = 0;
    for (Lesson lesson : school.lessonsOf(q.schoolClass().id())) {
      if (!q.covers(lesson.date())
          || lesson.subjectId() != subject.id()
          || !lesson.isFor(student)) {
        continue;
      }
      teacher = teacher.isEmpty() ? school.teacher(lesson.teacherId()).shortName() : teacher;
      for (Assignment a : school.assignmentsOf(lesson.id())) {
        for (Mark m : school.marksOf(a.id())) {
          if (m.studentId() != student.id() || m.dutyMark()) {
            continue;
          }
          rows.append("<tr><td>")
              .append(ReportPage.text(typeName(school, a.typeId())))
              .append("</td><td>")
              .append(ReportPage.text(a.name()))
              .append("</td><td>")
              .append(ReportPage.SHORT.format(lesson.date()))
              .append("</td><td>")
              .append(ReportPage.SHORT.format(setAt(m).toLocalDate()))
              .append("</td><td>")
              .append(m.value())
              .append("</td></tr>");
          sum += m.value();
          count++;
        }
      }
    }
    ReportPage page = new ReportPage(title(), spans(q, student, subject, teacher));
    page.append("<table class=\"table-print\"><tr>");
    HEADERS.forEach(h -> page.append("<th>").append(ReportPage.text(h)).append("</th>"));
    page.append("</tr>").append(rows.toString());
    page.append("<tr class=\"totals\"><td></td><td></td><td>Средний балл: ")
        .append(ReportPage.average(sum, count))
        .append("</td><td></td><td></td></tr></table>");
    return page.finish();
  }

  /** When the mark got the value shown: its entry, or its latest change. */
  static LocalDateTime setAt(Mark m) {
    return m.changedAt() != null ? m.changedAt() : m.enteredAt();
  }

  /** Period in the 5th span, the teacher in the 11th as the span's second child node. */
  private static List<String> spans(
      ReportQuery q, Student student, Subject subject, String teacher) {
    List<String> spans = new ArrayList<>();
    spans.add("Класс:");
    spans.add(ReportPage.text(q.schoolClass().name()));
    spans.add("Учебный период:");
    spans.add(ReportPage.text(q.term().map(t -> t.name()).orElse("Год")));
    spans.add(ReportPage.period(q.from(), q.to()));
    spans.add("Ученик:");
    spans.add(ReportPage.text(student.fullName()));
    spans.add("Предмет:");
    spans.add(ReportPage.text(subject.name()));
    spans.add("Отметки: все");
    spans.add("Учитель: <b>" + ReportPage.text(teacher) + "</b>");
    return spans;
  }

  static String typeName(School school, int typeId) {
    return school.assignmentTypes().stream()
        .filter(t -> t.id() == typeId)
        .map(AssignmentType::name)
        .findFirst()
        .orElse("");
  }
}
