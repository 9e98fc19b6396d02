package ru.netcity.mock.report;

import java.util.List;
import ru.netcity.mock.school.Assignment;
import ru.netcity.mock.school.AssignmentType;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.Mark;
import ru.netcity.mock.school.School;

/** «Отчёт об успеваемости»: every mark of the chosen students in the period, one row a mark. */
final class StudentGradesReport implements Report {
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
    return List.of("SID", "PCLID_IUP", "TERMID", "period");
  }

  @Override
  public String render(School school, ReportQuery q) {
    HtmlTable table =
        new HtmlTable(
            title(),
            HtmlTable.filters(q),
            List.of(
                "Ученик", "Предмет", "Дата урока", "Урок", "Тип задания", "Задание", "Отметка"));
    for (Lesson lesson : school.lessonsOf(q.schoolClass().id())) {
      if (!q.covers(lesson.date())) {
        continue;
      }
      for (Assignment a : school.assignmentsOf(lesson.id())) {
        for (Mark m : school.marksOf(a.id())) {
          if (q.includes(m.studentId())) {
            table.row(
                school.student(m.studentId()).orElseThrow().fullName(),
                school.subject(lesson.subjectId()).name(),
                lesson.date(),
                lesson.number(),
                typeName(school, a.typeId()),
                a.name(),
                m.dutyMark() ? "." : Integer.toString(m.value()));
          }
        }
      }
    }
    return table.finish();
  }

  static String typeName(School school, int typeId) {
    return school.assignmentTypes().stream()
        .filter(t -> t.id() == typeId)
        .map(AssignmentType::name)
        .findFirst()
        .orElse("");
  }
}
