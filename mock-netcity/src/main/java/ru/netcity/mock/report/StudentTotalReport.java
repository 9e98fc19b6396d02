package ru.netcity.mock.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.Student;
import ru.netcity.mock.school.Term;
import ru.netcity.mock.school.TermMark;

/**
 * «Итоговые отметки»: one row per student and subject, a column per term of the class's grade and
 * one for the year ({@code TERMID} "-1" = whole year, as in {@code v2/reports/studenttotal}).
 */
final class StudentTotalReport implements Report {
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
    return List.of("SID", "PCLID", "TERMID");
  }

  @Override
  public String render(School school, ReportQuery q) {
    List<Term> terms =
        q.term().map(List::of).orElseGet(() -> school.termsOf(q.schoolClass().grade()));
    List<String> headers = new ArrayList<>(List.of("Ученик", "Предмет"));
    terms.forEach(t -> headers.add(t.name()));
    if (q.term().isEmpty()) {
      headers.add("Год");
    }
    HtmlTable table = new HtmlTable(title(), HtmlTable.filters(q), headers);
    for (int studentId : q.schoolClass().studentIds()) {
      if (!q.includes(studentId)) {
        continue;
      }
      Student student = school.student(studentId).orElseThrow();
      Map<String, Map<Integer, TermMark>> bySubject = new TreeMap<>();
      for (TermMark mark : school.termMarksOf(studentId)) {
        bySubject
            .computeIfAbsent(school.subject(mark.subjectId()).name(), k -> new TreeMap<>())
            .put(mark.termId(), mark);
      }
      bySubject.forEach(
          (subject, marks) -> {
            List<Object> cells = new ArrayList<>(List.of(student.fullName(), subject));
            terms.forEach(t -> cells.add(value(marks.get(t.id()))));
            if (q.term().isEmpty()) {
              cells.add(value(marks.get(TermMark.YEAR)));
            }
            table.row(cells.toArray());
          });
    }
    return table.finish();
  }

  private static String value(TermMark mark) {
    return mark == null ? "" : Integer.toString(mark.value());
  }
}
