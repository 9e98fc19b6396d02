package ru.netcity.mock.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.netcity.mock.school.Assignment;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.Mark;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.Student;
import ru.netcity.mock.school.Teacher;
import ru.netcity.mock.school.Term;

/** Renders the generated journal as a student's diary sees it. */
final class DiaryView {
  /** «Ответ на уроке» shows in a diary only for the students who got a mark for it. */
  private static final int ORAL_ANSWER = 1;

  private final School school;

  DiaryView(School school) {
    this.school = school;
  }

  List<Lesson> lessons(Student student, LocalDate start, LocalDate end) {
    List<Lesson> all = school.lessonsOf(student.classId());
    int from = 0;
    int to = all.size();
    while (from < to) {
      int mid = (from + to) >>> 1;
      if (all.get(mid).date().isBefore(start)) {
        from = mid + 1;
      } else {
        to = mid;
      }
    }
    List<Lesson> found = new ArrayList<>();
    for (int i = from; i < all.size() && !all.get(i).date().isAfter(end); i++) {
      Lesson lesson = all.get(i);
      // nothing outside his time in the class (an arrival, a leaver; clause 3.3.1)
      if (lesson.isFor(student)
          && school.enrolledIn(student.id(), lesson.classId(), lesson.date())) {
        found.add(all.get(i));
      }
    }
    return found;
  }

  Map<String, Object> lesson(Lesson lesson, Student student) {
    List<Map<String, Object>> assignments = new ArrayList<>();
    for (Assignment a : school.assignmentsOf(lesson.id())) {
      Optional<Mark> mark = markOf(a, student);
      if (a.typeId() != ORAL_ANSWER || mark.isPresent()) {
        assignments.add(assignment(a, mark));
      }
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("classmeetingId", lesson.id());
    row.put("day", Wire.date(lesson.date()));
    row.put("number", lesson.number());
    row.put("relay", 1);
    row.put("room", lesson.room());
    row.put("startTime", lesson.untimed() ? null : lesson.start().toString());
    row.put("endTime", lesson.untimed() ? null : lesson.end().toString());
    row.put("subjectName", school.subject(lesson.subjectId()).name());
    row.put("assignments", assignments);
    row.put("isEaLesson", false);
    return row;
  }

  Optional<Mark> markOf(Assignment assignment, Student student) {
    return school.marksOf(assignment.id()).stream()
        .filter(m -> m.studentId() == student.id())
        .findFirst();
  }

  Map<String, Object> overdue(Assignment a, Lesson lesson, Student student) {
    Map<String, Object> row = assignment(a, markOf(a, student));
    row.put("subjectName", school.subject(lesson.subjectId()).name());
    return row;
  }

  Map<String, Object> details(Assignment a) {
    Lesson lesson = school.lesson(a.lessonId()).orElseThrow();
    Teacher teacher = school.teacher(lesson.teacherId());
    String className = school.schoolClass(lesson.classId()).orElseThrow().name();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", a.id());
    body.put("assignmentName", a.name());
    body.put("activityName", null);
    body.put("problemName", null);
    body.put(
        "subjectGroup",
        Map.of(
            "id",
            lesson.subjectId(),
            "name",
            className + "/" + school.subject(lesson.subjectId()).name()));
    body.put("teachers", List.of(Map.of("id", teacher.id(), "name", teacher.shortName())));
    body.put("productId", null);
    body.put("isDeleted", false);
    body.put("weight", a.weight());
    body.put("date", Wire.date(a.dueDate()));
    body.put("description", null);
    body.put("attachments", List.of());
    body.put("contentElements", null);
    body.put("codeContentElements", null);
    return body;
  }

  String termName(int grade, LocalDate date) {
    return school.termsOf(grade).stream()
        .filter(t -> !date.isAfter(t.end()))
        .findFirst()
        .map(Term::name)
        .orElse("");
  }

  /** Weight is 0 in the diary as in real data when {@code diary/init.weight} is false. */
  private static Map<String, Object> assignment(Assignment a, Optional<Mark> mark) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", a.id());
    row.put("typeId", a.typeId());
    row.put("assignmentName", a.name());
    row.put("weight", 0);
    row.put("dueDate", Wire.date(a.dueDate()));
    row.put("classMeetingId", a.lessonId());
    row.put("mark", mark.map(m -> markJson(a, m)).orElse(null));
    return row;
  }

  private static Map<String, Object> markJson(Assignment a, Mark m) {
    Map<String, Object> mark = new LinkedHashMap<>();
    mark.put("assignmentId", a.id());
    mark.put("id", m.id());
    mark.put("studentId", m.studentId());
    mark.put("mark", m.dutyMark() ? null : m.value());
    mark.put("resultScore", null);
    mark.put("dutyMark", m.dutyMark());
    return mark;
  }
}
