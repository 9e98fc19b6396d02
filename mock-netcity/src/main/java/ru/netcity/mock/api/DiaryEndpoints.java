package ru.netcity.mock.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import ru.netcity.mock.faults.Faults;
import ru.netcity.mock.school.Assignment;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolClass;
import ru.netcity.mock.school.Student;
import ru.netcity.mock.server.BadRequest;
import ru.netcity.mock.server.Call;
import ru.netcity.mock.server.Reply;

/** {@code student/diary} and the calls around it (netcity-api.md §2, §5.2). */
final class DiaryEndpoints {
  /** The school as of the mock's clock at each call. */
  private final Supplier<School> schools;

  private final Faults faults;

  /**
   * Whether a student id is another school's of the host (asked for, it is refused, not unknown).
   */
  private final IntPredicate elsewhere;

  DiaryEndpoints(Supplier<School> schools, Faults faults, IntPredicate elsewhere) {
    this.schools = schools;
    this.faults = faults;
    this.elsewhere = elsewhere;
  }

  ResponseDefinitionBuilder diary(Call call) {
    School school = schools.get();
    DiaryView view = new DiaryView(school);
    Student student = Diaries.student(school, call, elsewhere);
    SchoolClass schoolClass = school.schoolClass(student.classId()).orElseThrow();
    faults.checkClass(schoolClass.name());
    LocalDate start = date(call, "weekStart");
    LocalDate asked =
        call.query("weekEnd").map(v -> Wire.parseDate("weekEnd", v)).orElse(start.plusDays(6));
    if (asked.isBefore(start)) {
      throw new BadRequest("weekEnd раньше weekStart");
    }
    LocalDate end =
        faults.spec().weeklyDiary() && asked.isAfter(start.plusDays(6)) ? start.plusDays(6) : asked;
    Map<LocalDate, List<Map<String, Object>>> days = new TreeMap<>();
    for (Lesson lesson : view.lessons(student, start, end)) {
      days.computeIfAbsent(lesson.date(), d -> new ArrayList<>()).add(view.lesson(lesson, student));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("weekStart", Wire.date(start));
    body.put("weekEnd", Wire.date(end));
    body.put(
        "weekDays",
        days.entrySet().stream()
            .map(e -> Map.of("date", Wire.date(e.getKey()), "lessons", e.getValue()))
            .toList());
    body.put("laAssigns", List.of());
    body.put("termName", view.termName(schoolClass.grade(), start));
    body.put("className", schoolClass.name());
    return Reply.json(body);
  }

  /** Overdue work: the assignments a student got a "dot" for. */
  ResponseDefinitionBuilder pastMandatory(Call call) {
    School school = schools.get();
    DiaryView view = new DiaryView(school);
    Student student = Diaries.student(school, call, elsewhere);
    LocalDate start = date(call, "weekStart");
    LocalDate end = date(call, "weekEnd");
    List<Map<String, Object>> overdue = new ArrayList<>();
    for (Lesson lesson : view.lessons(student, start, end)) {
      for (Assignment a : school.assignmentsOf(lesson.id())) {
        view.markOf(a, student)
            .filter(m -> m.dutyMark())
            .ifPresent(m -> overdue.add(view.overdue(a, lesson, student)));
      }
    }
    return Reply.json(overdue);
  }

  ResponseDefinitionBuilder assignmentDetails(Call call) {
    School school = schools.get();
    DiaryView view = new DiaryView(school);
    Diaries.student(school, call, elsewhere);
    long id = parseId(call.lastSegment());
    Assignment a =
        school.assignment(id).orElseThrow(() -> new BadRequest(404, "Задание не найдено"));
    return Reply.json(view.details(a));
  }

  /** Attachments of assignments; the generated school has none, so the answer is {@code []}. */
  ResponseDefinitionBuilder attachments(Call call) {
    Diaries.student(schools.get(), call, elsewhere);
    JsonNode ids = call.json().path("assignId");
    if (!ids.isArray()) {
      throw new BadRequest("assignId должен быть списком");
    }
    return Reply.json(List.of());
  }

  private static LocalDate date(Call call, String name) {
    return Wire.parseDate(
        name, call.query(name).orElseThrow(() -> new BadRequest("Не указан параметр " + name)));
  }

  private static long parseId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new BadRequest(404, "Задание не найдено");
    }
  }
}
