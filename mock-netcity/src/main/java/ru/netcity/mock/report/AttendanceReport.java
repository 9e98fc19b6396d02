package ru.netcity.mock.report;

import java.util.List;
import ru.netcity.mock.school.Absence;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.School;

/**
 * «Посещаемость»: every absence mark (Н, Б, УП, НП, ОТ, ОП, ОСВ) in the period, one row each. The
 * name {@code studentattendance} is an assumption: public clients only show the ASP page
 * StudentAttendanceGrades.
 */
final class AttendanceReport implements Report {
  @Override
  public String name() {
    return "studentattendance";
  }

  @Override
  public String title() {
    return "Отчёт о посещаемости";
  }

  @Override
  public boolean wholeClass() {
    return true;
  }

  @Override
  public List<String> filterIds() {
    return List.of("SID", "PCLID", "period");
  }

  @Override
  public String render(School school, ReportQuery q) {
    HtmlTable table =
        new HtmlTable(
            title(),
            HtmlTable.filters(q),
            List.of("Ученик", "Дата", "Урок", "Предмет", "Отметка о посещении"));
    for (Lesson lesson : school.lessonsOf(q.schoolClass().id())) {
      if (!q.covers(lesson.date())) {
        continue;
      }
      for (Absence absence : school.absencesOf(lesson.id())) {
        if (q.includes(absence.studentId())) {
          table.row(
              school.student(absence.studentId()).orElseThrow().fullName(),
              lesson.date(),
              lesson.number(),
              school.subject(lesson.subjectId()).name(),
              absence.code());
        }
      }
    }
    return table.finish();
  }
}
