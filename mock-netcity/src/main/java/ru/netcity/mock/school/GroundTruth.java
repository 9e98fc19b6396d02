package ru.netcity.mock.school;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The answer key of a generated school: counts, the rule parameters the data was made compliant
 * with, and every seeded breach. Field order is fixed and line ends are "\n", so the same options
 * always give the same bytes.
 */
public final class GroundTruth {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GroundTruth() {}

  /** The truth of the final state, as before the mock had a clock (the history left out). */
  public static String toJson(School school) {
    School base = school.base();
    return toJson(base, null, base.lessons().size(), Objectivity.with(base, base.violations()));
  }

  /**
   * The truth as of {@code at} (school time): counts of what the AIS shows then (lessons held up to
   * that day, marks, absences and homework entered and not deleted by then) and the violations an
   * audit at {@code at} must find: those whose evidence exists by then, the history's included.
   */
  public static String toJson(School school, LocalDateTime at) {
    School view = school.base().at(at);
    LocalDate day = at.toLocalDate();
    long lessons = view.base().lessons().stream().filter(l -> !l.date().isAfter(day)).count();
    return toJson(view, at, lessons, Objectivity.with(view, view.violations()));
  }

  private static String toJson(
      School school, LocalDateTime at, long lessons, List<Violation> known) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode info = root.putObject("school");
    info.put("id", school.id());
    info.put("name", school.name());
    root.put("seed", school.seed());
    if (at != null) {
      root.put("at", at.toString());
    }
    ObjectNode counts = root.putObject("counts");
    counts.put("classes", school.classes().size());
    counts.put("students", school.students().size());
    counts.put("lessons", lessons);
    School base = school.base();
    counts.put(
        "marks",
        school.marks().stream()
            .filter(
                m ->
                    !m.dutyMark()
                        && shown(school, m.studentId(), base.assignment(m.assignmentId())))
            .count());
    counts.put(
        "absences",
        school.absences().stream().filter(a -> shown(school, a.studentId(), a.lessonId())).count());
    counts.put(
        "homework",
        school.assignments().stream().filter(a -> a.typeId() == StudyPlan.HOMEWORK).count());
    root.set("rules", rules());
    ArrayNode untimed = root.putArray("untimedLessons");
    for (Lesson l : school.base().lessons()) {
      if (l.untimed()) {
        ObjectNode n = untimed.addObject();
        n.put("className", school.base().schoolClass(l.classId()).orElseThrow().name());
        n.put("lessonDate", l.date().toString());
        n.put("number", l.number());
        n.put("subject", school.base().subject(l.subjectId()).name());
      }
    }
    ArrayNode violations = root.putArray("violations");
    for (Violation v : known) {
      ObjectNode n = violations.addObject();
      n.put("rule", v.rule());
      n.put("severity", v.severity());
      n.put("className", v.className());
      n.put("subject", v.subject());
      n.put("lessonDate", v.lessonDate().toString());
      n.put("student", v.student());
      n.put("teacher", v.teacher());
    }
    return print(root);
  }

  /**
   * Whether a full sync at the moment reads the pupil's entry: the class's diaries and reports show
   * only the pupils on its roster then (a leaver's and a mover's entries of their former class are
   * left out, clause 3.3.1).
   */
  private static boolean shown(School school, int studentId, Optional<Assignment> assignment) {
    return shown(school, studentId, assignment.orElseThrow().lessonId());
  }

  private static boolean shown(School school, int studentId, long lessonId) {
    return school.enrolments().isEmpty()
        || school.onRoster(studentId, school.base().lesson(lessonId).orElseThrow().classId());
  }

  /** Two-space indent, "\n" line ends, "key": value — the same bytes for the same content. */
  static String print(ObjectNode root) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter)
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    try {
      return MAPPER.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void write(School school, LocalDateTime at, Path file) {
    try {
      Files.writeString(file, toJson(school, at), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(School school, Path file) {
    try {
      Files.writeString(file, toJson(school), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The default parameters every rule was checked against while generating. */
  private static ObjectNode rules() {
    ObjectNode rules = MAPPER.createObjectNode();
    ObjectNode r = rules.putObject("LESSON_RECORD_SAME_DAY");
    r.put("clause", "2.1");
    r.putArray("appliesTo").add("topic").add("absence");
    r.put("sameDay", "ok");
    r.put("groupLessons", "each group's lesson at a shared bell needs its own record");
    r.put("nextDay", Seeds.WARNING);
    r.put("later", Seeds.VIOLATION);
    r = rules.putObject("HOMEWORK_WITHIN_5H");
    r.put("clause", "2.2");
    r.put("hoursAfterLastLesson", 5);
    r.put(
        "lastLesson",
        "end of the school's last lesson that day in the class's shift (all classes are in the"
            + " first), all groups, moved lessons too");
    r.put("sameDayRequired", true);
    r.put(
        "untimedLessons",
        "the diary shows some lessons without times (untimedLessons): bells 1-7 take the bell"
            + " schedule (the rule set's bells); an untimed lesson at bell 8 with no other lesson"
            + " at bell 8 that day leaves the day's end unknown: every homework of that day is a"
            + " сведения finding that 2.2 could not be applied");
    r.put("severity", Seeds.VIOLATION);
    r = rules.putObject("MARK_SUFFICIENCY");
    r.put("clause", "2.3.1");
    ObjectNode min = r.putObject("minMarksByWeeklyHours");
    min.put("1", 3);
    min.put("2", 5);
    min.put("3+", "ceil(8*h/3)");
    r.put("halfYearFactor", 2);
    r.put(
        "judged",
        "per pupil: only the subjects and groups of the pupil's own lessons, with 0 marks where"
            + " he has none");
    r.put("weeklyHours", "the pupil's own lessons per week, the most frequent count in the term");
    r.put("countsDutyMarks", false);
    r.putArray("writtenWorkTypeIds").add(2).add(4).add(5).add(6);
    r.put("writtenWorkPresentStudentsNeedMark", true);
    r.put("present", "no absence record for the student in that lesson");
    r.put("termLevelLessonDate", "term end");
    r.put("severity", Seeds.VIOLATION);
    r = rules.putObject("SUFFICIENCY_EXEMPT");
    r.put("clause", "2.3.2");
    r.put("mode", "threshold");
    r.put("validAbsenceShare", 0.3);
    r.put("lessons", "the pupil's own lessons of the subject in the term");
    r.putArray("validCodes").add("Б").add("УП").add("ОСВ");
    r.put("reportWhenBelowMinimum", true);
    r.put("severity", Seeds.INFO);
    r = rules.putObject("NO_RETROACTIVE_CHANGE");
    r.put("clause", "2.3.3");
    r.put("appliesTo", "marks");
    r.put("windowDaysAfterLesson", 1);
    r.put("severity", Seeds.VIOLATION);
    r = rules.putObject(Objectivity.RULE);
    r.put("clause", "3.3.3");
    r.put("maxDeviation", Objectivity.MAX_DEVIATION);
    r.put("weights", "equal (the diary shows weight 0)");
    r.put(
        "marks", "the pupil's current marks of the subject in the term, in the term mark's class");
    r.put("yearMarks", "not compared");
    r.put("severity", Seeds.WARNING);
    r = rules.putObject("FINAL_MARKS_WITHIN_1DAY");
    r.put("clause", "4.3");
    r.put("daysAfterTermEnd", 1);
    r.put("yearMarkTermEnd", SchoolCalendar.LAST_TERM_END.toString());
    r.put(
        "missing",
        "a term or year mark not entered by its deadline, of a pupil with marks in the subject in"
            + " that term (the year: in any term)");
    r.put("lessonDate", "term end");
    r.put("severity", Seeds.VIOLATION);
    ObjectNode calendar = rules.putObject("calendar");
    calendar.putArray("workingDays").add(SchoolCalendar.WORKING_SATURDAY.toString());
    calendar.put("workingDayTimetable", "FRIDAY");
    calendar.putArray("exchangeHolidays").add(SchoolCalendar.EXCHANGE_HOLIDAY.toString());
    rules.putArray("notSeeded").add("CORRECTION_LOG").add("PARENT_CONSENT");
    return rules;
  }
}
