package ru.netcity.mock.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.Student;
import ru.netcity.mock.school.Subject;
import ru.netcity.mock.school.Term;
import ru.netcity.mock.school.TermMark;

/**
 * «Итоговые отметки» of one student ({@code reports/studenttotalmarks}) as netcity-api.md §2.2.1
 * lays it out: «№ | Предмет | one column per term | Год. оценка | Экз. оценка | Итог. оценка», a
 * row per subject beginning with its number, empty cells for marks not set. The mock has no exams,
 * so «Итог. оценка» repeats the year mark (an assumption).
 */
final class StudentTotalMarksReport implements Report {
  static final String YEAR = "Год. оценка";
  static final String EXAM = "Экз. оценка";
  static final String FINAL = "Итог. оценка";

  @Override
  public String name() {
    return "studenttotalmarks";
  }

  @Override
  public String title() {
    return "Итоговые отметки";
  }

  @Override
  public List<String> filterIds() {
    return List.of("SID", "PCLID");
  }

  @Override
  public String render(School school, ReportQuery q) {
    Student student = q.student().orElseThrow();
    List<Term> terms = school.termsOf(q.schoolClass().grade());
    Map<Integer, Map<Integer, Integer>> marks = new HashMap<>();
    for (TermMark mark : school.termMarksOf(student.id())) {
      marks
          .computeIfAbsent(mark.subjectId(), k -> new HashMap<>())
          .put(mark.termId(), mark.value());
    }
    ReportPage page =
        new ReportPage(
            title(),
            List.of(
                "Класс:",
                ReportPage.text(q.schoolClass().name()),
                "Ученик:",
                ReportPage.text(student.fullName())));
    page.append("<table class=\"table-print\"><tr><th>№</th><th>Предмет</th>");
    terms.forEach(t -> page.append("<th>").append(ReportPage.text(t.name())).append("</th>"));
    page.append("<th>" + YEAR + "</th><th>" + EXAM + "</th><th>" + FINAL + "</th></tr>");
    int number = 0;
    List<Subject> subjects =
        ReportPage.subjectsOf(
            school, q.schoolClass(), student, school.yearStart(), school.yearEnd());
    for (Subject subject : subjects) {
      Map<Integer, Integer> of = marks.getOrDefault(subject.id(), Map.of());
      page.append("<tr><td>")
          .append(Integer.toString(++number))
          .append("</td><td>")
          .append(ReportPage.text(subject.name()))
          .append("</td>");
      terms.forEach(t -> page.append("<td>").append(value(of.get(t.id()))).append("</td>"));
      String year = value(of.get(TermMark.YEAR));
      page.append("<td>" + year + "</td><td></td><td>" + year + "</td></tr>");
    }
    return page.append("</table>").finish();
  }

  private static String value(Integer mark) {
    return mark == null ? "" : mark.toString();
  }
}
