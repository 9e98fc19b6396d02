package ru.netcity.gateway.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.netcity.Budget;
import ru.netcity.gateway.netcity.ClassRef;
import ru.netcity.gateway.netcity.NetCityClient;
import ru.netcity.gateway.netcity.NetCityConnection;
import ru.netcity.gateway.netcity.StudentRef;
import ru.netcity.gateway.netcity.TermRef;
import ru.netcity.gateway.netcity.dto.AssignmentType;
import ru.netcity.gateway.netcity.dto.Diary;
import ru.netcity.gateway.netcity.dto.DiaryAssignment;
import ru.netcity.gateway.netcity.dto.DiaryAssignment.DiaryMark;
import ru.netcity.gateway.netcity.dto.DiaryDay;
import ru.netcity.gateway.netcity.dto.DiaryLesson;
import ru.netcity.gateway.netcity.report.AbsenceRow;
import ru.netcity.gateway.netcity.report.GradeRow;
import ru.netcity.mock.MockNetCity;
import ru.netcity.mock.MockOptions;
import ru.netcity.mock.school.Absence;
import ru.netcity.mock.school.Assignment;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.Mark;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolClass;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;
import ru.netcity.mock.school.Student;

/**
 * One unit (the first class over its first term) pulled from mock-netcity through the real client
 * and mapped; what comes out equals what the generated school holds for that class and window.
 */
class UnitObservationsTest {
  private static final CodeTables TABLES = CodeTables.load();

  private static School school;
  private static SchoolClass schoolClass;
  private static TermRef term;
  private static UnitScope scope;
  private static UnitObservations.Result result;

  @BeforeAll
  static void pullAndMap() {
    school = SchoolGenerator.generate(new SchoolOptions(3, 60));
    try (MockNetCity mock = MockNetCity.start(school, MockOptions.defaults());
        NetCityClient client =
            NetCityClient.open(
                new NetCityConnection(
                    URI.create(mock.baseUrl()), "zavuch", "Завуч2021!", "" + school.id()),
                Budget.polite().withRate(4, 2000))) {
      ClassRef ref = client.classes().get(0);
      schoolClass = school.schoolClass(ref.id()).orElseThrow();
      List<TermRef> terms = client.terms(ref);
      term = terms.get(0);
      scope = new UnitScope(school.id(), ref.id(), term.start(), term.end());
      List<StudentRef> roster = client.students(ref);
      int yearId = client.currentYear().id();
      Map<Integer, List<Diary>> diaries = new HashMap<>();
      for (StudentRef student : roster) {
        List<Diary> weeks = new ArrayList<>();
        for (LocalDate monday = term.start().with(DayOfWeek.MONDAY);
            !monday.isAfter(term.end());
            monday = monday.plusWeeks(1)) {
          weeks.add(client.diary(student.id(), monday, monday.plusDays(6), yearId));
        }
        diaries.put(student.id(), weeks);
      }
      var journal = client.reports().journalAccess(ref, term.start(), term.end());
      UnitObservations.Input input =
          new UnitObservations.Input(
              roster,
              diaries,
              client.reports().attendance(ref, term.start(), term.end()),
              journal,
              roster.stream().flatMap(s -> client.reports().termMarks(ref, s).stream()).toList(),
              terms,
              client.assignmentTypes());
      result = UnitObservations.build(scope, input, TABLES);
      gapped = school.student(roster.get(0).id()).orElseThrow();
      String name = gapped.fullName();
      var withoutHisMarks =
          journal.stream()
              .filter(r -> !("Оценка".equals(r.object()) && name.equals(r.student())))
              .toList();
      UnitObservations.Result withGaps =
          UnitObservations.build(
              scope,
              new UnitObservations.Input(
                  roster,
                  diaries,
                  input.attendance(),
                  withoutHisMarks,
                  input.termMarks(),
                  terms,
                  input.types()),
              TABLES);
      needed = MarkSetDates.needed(withGaps);
      Map<String, Integer> subjectIds = new HashMap<>();
      client.subjects(ref, roster.get(0)).forEach(x -> subjectIds.put(x.name(), x.id()));
      Map<MarkSetDates.Pair, List<GradeRow>> grades = new HashMap<>();
      for (MarkSetDates.Pair pair : needed) {
        grades.put(
            pair,
            client
                .reports()
                .grades(
                    ref, roster.get(0), subjectIds.get(pair.subject()), term.start(), term.end()));
      }
      withSetDates = MarkSetDates.apply(withGaps, grades, TABLES);
    }
  }

  private static Student gapped;
  private static Set<MarkSetDates.Pair> needed;
  private static UnitObservations.Result withSetDates;

  @Test
  void aMarkTheJournalLogLacksTakesItsSetDayFromStudentGradesAndOnlyItsPairsAreRead() {
    Map<String, LocalDate> setDays = new HashMap<>();
    Set<MarkSetDates.Pair> pairs = new java.util.HashSet<>();
    for (Lesson lesson : lessonsInWindow()) {
      for (Assignment a : school.assignmentsOf(lesson.id())) {
        for (Mark m : school.marksOf(a.id())) {
          if (m.studentId() == gapped.id() && !m.dutyMark()) {
            LocalDateTime set = m.changedAt() != null ? m.changedAt() : m.enteredAt();
            setDays.put("MARK:" + a.id() + ":" + gapped.id(), set.toLocalDate());
            pairs.add(
                new MarkSetDates.Pair(gapped.id(), school.subject(lesson.subjectId()).name()));
          }
        }
      }
    }
    assertThat(needed).isNotEmpty().isEqualTo(pairs);
    List<Observation> marks =
        withSetDates.observations().stream()
            .filter(
                o ->
                    o.kind() == EntryKind.MARK
                        && Integer.valueOf(gapped.id()).equals(o.studentId()))
            .toList();
    assertThat(marks).hasSize(setDays.size());
    // Two marks of one value on one lesson day share the earlier day: never later than the truth.
    assertThat(marks)
        .allSatisfy(
            o -> {
              assertThat(o.aisEnteredAt().toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
              assertThat(o.aisEnteredAt().toLocalDate()).isBeforeOrEqualTo(setDays.get(o.key()));
            });
    assertThat(marks)
        .filteredOn(o -> o.aisEnteredAt().toLocalDate().equals(setDays.get(o.key())))
        .hasSizeGreaterThan(marks.size() * 9 / 10);
    // who taught a group's lesson is read from its pupils' log rows, which the gap removes
    assertThat(withSetDates.observations())
        .filteredOn(
            o ->
                o.kind() != EntryKind.TEACHER
                    && !(o.kind() == EntryKind.MARK
                        && Integer.valueOf(gapped.id()).equals(o.studentId())))
        .isEqualTo(
            result.observations().stream()
                .filter(
                    o ->
                        o.kind() != EntryKind.TEACHER
                            && !(o.kind() == EntryKind.MARK
                                && Integer.valueOf(gapped.id()).equals(o.studentId())))
                .toList());
  }

  @AfterAll
  static void forget() {
    school = null;
    result = null;
  }

  @Test
  void aGroupsLessonNamesTheStudentsWhoseDiaryShowsItAndAWholeClassLessonNone() {
    Map<String, String> values =
        result.observations().stream()
            .filter(o -> o.kind() == EntryKind.LESSON)
            .collect(Collectors.toMap(Observation::key, Observation::value));
    int groups = 0;
    for (Lesson l : lessonsInWindow()) {
      String value = values.get("LESSON:" + l.id());
      String[] parts = value.split("\\|", -1);
      // the pupils whose diary shows it: his group's, and only while he is in the class (3.3.1)
      List<Integer> shown =
          schoolClass.studentIds().stream()
              .filter(id -> l.isFor(school.student(id).orElseThrow()))
              .filter(id -> school.enrolledIn(id, schoolClass.id(), l.date()))
              .sorted()
              .toList();
      if (shown.size() == schoolClass.studentIds().size()) {
        assertThat(parts).hasSize(4);
      } else {
        assertThat(parts).hasSize(5);
        assertThat(parts[4])
            .isEqualTo(shown.stream().map(String::valueOf).collect(Collectors.joining(",")));
        groups += l.group() == 0 ? 0 : 1;
      }
    }
    assertThat(groups).isPositive();
  }

  /**
   * The class's lessons of the term each name who taught them; only a group's lesson at the bell of
   * another group's lesson of the subject (the log names no group) may name nobody, when none of
   * its pupils has an entry and its homework text is the other's too — never someone else.
   */
  @Test
  void everyLessonNamesItsTeacherAsTheJournalLogNamesWhoEnteredIt() {
    Map<String, String> values =
        result.observations().stream()
            .filter(o -> o.kind() == EntryKind.TEACHER)
            .collect(Collectors.toMap(Observation::key, Observation::value));
    Map<String, String> groups =
        result.observations().stream()
            .filter(o -> o.kind() == EntryKind.LESSON)
            .collect(Collectors.toMap(o -> o.key().substring(7), Observation::value));
    List<Lesson> lessons = lessonsInWindow();
    for (Lesson l : lessons) {
      String[] lesson = groups.get("" + l.id()).split("\\|", -1);
      String expected =
          l.number()
              + "|"
              + school.teacher(l.teacherId()).shortName()
              + (lesson.length > 4 ? "|" + lesson[4] : "");
      String value = values.get("TEACHER:" + l.id());
      boolean parallel =
          lessons.stream()
              .anyMatch(
                  x ->
                      x.id() != l.id()
                          && x.date().equals(l.date())
                          && x.number() == l.number()
                          && x.subjectId() == l.subjectId());
      if (value != null || !parallel) {
        assertThat(value).as("lesson " + l.id()).isEqualTo(expected);
      }
    }
    assertThat(values).hasSizeGreaterThan(lessons.size() * 9 / 10);
  }

  @Test
  void theCountsPerKindEqualTheSchool() {
    List<Lesson> lessons = lessonsInWindow();
    int homeworkType = typeId("Домашнее задание");
    List<Assignment> assignments =
        lessons.stream().flatMap(l -> school.assignmentsOf(l.id()).stream()).toList();
    List<Mark> marks = assignments.stream().flatMap(a -> school.marksOf(a.id()).stream()).toList();
    long absences = lessons.stream().mapToLong(l -> school.absencesOf(l.id()).size()).sum();
    long termMarks =
        schoolClass.studentIds().stream()
            .flatMap(id -> school.termMarksOf(id).stream())
            .filter(m -> m.termId() == term.id())
            .count();

    assertThat(lessons).isNotEmpty();
    assertThat(count(EntryKind.LESSON)).isEqualTo(lessons.size());
    assertThat(count(EntryKind.HOMEWORK))
        .isEqualTo(assignments.stream().filter(a -> a.typeId() == homeworkType).count());
    assertThat(count(EntryKind.MARK)).isEqualTo(marks.stream().filter(m -> !m.dutyMark()).count());
    assertThat(count(EntryKind.DOT)).isEqualTo(marks.stream().filter(Mark::dutyMark).count());
    assertThat(count(EntryKind.ABSENCE)).isEqualTo(absences).isPositive();
    assertThat(count(EntryKind.TOPIC)).isEqualTo(topicTimes().size());
    assertThat(count(EntryKind.TERM_MARK)).isEqualTo(termMarks).isPositive();
    assertThat(result.issues()).isEmpty();
  }

  @Test
  void writtenWorksNameTheirLessonAndTheStudentsOfItsGroup() {
    Map<String, String> works = new HashMap<>();
    // control, check-up, laboratory, practical works and the other written works graded later
    for (Lesson l : lessonsInWindow()) {
      for (Assignment a : school.assignmentsOf(l.id())) {
        if (TABLES
            .workCategory(typeName(a.typeId()))
            .filter(WorkCategory::isGradedLater)
            .isPresent()) {
          String group =
              schoolClass.studentIds().stream()
                  .filter(id -> l.isFor(school.student(id).orElseThrow()))
                  .filter(id -> school.enrolledIn(id, schoolClass.id(), l.date()))
                  .sorted()
                  .map(String::valueOf)
                  .collect(java.util.stream.Collectors.joining(","));
          String category = TABLES.workCategory(typeName(a.typeId())).orElseThrow().name();
          works.put("WORK:" + a.id(), category + "|" + l.number() + "|" + group);
        }
      }
    }

    assertThat(works).isNotEmpty();
    assertThat(values(EntryKind.WORK)).isEqualTo(works);
    assertThat(values(EntryKind.TERM))
        .containsEntry(
            "TERM:%d:%d".formatted(schoolClass.id(), term.id()),
            term.name() + "|" + term.start() + "|" + term.end());
  }

  @Test
  void markAndAbsenceValuesEqualTheSchool() {
    Map<String, String> marks = new HashMap<>();
    Map<String, String> absences = new HashMap<>();
    for (Lesson lesson : lessonsInWindow()) {
      for (Assignment a : school.assignmentsOf(lesson.id())) {
        for (Mark m : school.marksOf(a.id())) {
          String kind = m.dutyMark() ? "DOT" : "MARK";
          marks.put(kind + ":" + a.id() + ":" + m.studentId(), m.dutyMark() ? "." : "" + m.value());
        }
      }
      for (Absence a : school.absencesOf(lesson.id())) {
        absences.put(
            "ABSENCE:" + a.studentId() + ":" + lesson.date() + ":" + lesson.number(), a.code());
      }
    }
    assertThat(values(EntryKind.MARK, EntryKind.DOT)).isEqualTo(marks);
    assertThat(values(EntryKind.ABSENCE)).isEqualTo(absences);
  }

  @Test
  void everyObservationIsOfTheUnitsClassAndWindow() {
    assertThat(result.observations())
        .allSatisfy(
            o -> {
              assertThat(o.classId()).isEqualTo(scope.classId());
              assertThat(scope.covers(o.lessonDate())).as(o.key()).isTrue();
            });
  }

  @Test
  void entryTimesComeFromTheJournalAccessLog() {
    assertThat(of(EntryKind.TOPIC)).allSatisfy(o -> assertThat(o.aisEnteredAt()).isNotNull());
    assertThat(of(EntryKind.ABSENCE)).allSatisfy(o -> assertThat(o.aisEnteredAt()).isNotNull());
    List<Observation> marks = of(EntryKind.MARK);
    long timed = marks.stream().filter(o -> o.aisEnteredAt() != null).count();
    assertThat(timed).isGreaterThanOrEqualTo((long) Math.ceil(0.95 * marks.size()));
  }

  @Test
  void topicTimesEqualTheTimesTheTeachersEnteredThem() {
    Map<String, LocalDateTime> actual =
        of(EntryKind.TOPIC).stream()
            .collect(
                Collectors.toMap(
                    Observation::key, o -> o.aisEnteredAt().truncatedTo(ChronoUnit.SECONDS)));
    assertThat(actual).isEqualTo(topicTimes());
  }

  @Test
  void anUnknownTypeNameAndAnUnknownLetterYieldOneIssueEachAndAreStillRecorded() {
    LocalDate day = LocalDate.of(2023, 9, 4);
    UnitScope unit = new UnitScope(1, 7, day, day.plusDays(6));
    DiaryLesson lesson =
        new DiaryLesson(
            100L,
            day,
            2,
            LocalTime.of(9, 20),
            LocalTime.of(10, 0),
            null,
            "Химия",
            List.of(work(501L, 4), work(502L, 5)));
    Diary diary =
        new Diary(day, day.plusDays(6), List.of(new DiaryDay(day, List.of(lesson))), "", "");
    UnitObservations.Input input =
        new UnitObservations.Input(
            List.of(new StudentRef(11, "Иванов Иван")),
            Map.of(11, List.of(diary)),
            List.of(
                new AbsenceRow("Иванов Иван Петрович", day, 3, "Химия", "Ъ"),
                new AbsenceRow("Иванов Иван Петрович", day, 4, "Химия", "Ъ")),
            List.of(),
            List.of(),
            List.of(),
            List.of(new AssignmentType(90, "НР", "Неведомая работа")));

    UnitObservations.Result mapped = UnitObservations.build(unit, input, TABLES);

    assertThat(mapped.issues())
        .containsExactlyInAnyOrder(
            new DataQualityIssue(
                CodeTables.ASSIGNMENT_TYPES,
                "Неведомая работа",
                unit.key(),
                "an assignment type name missing from the table"),
            new DataQualityIssue(
                CodeTables.ATTENDANCE_CODES,
                "Ъ",
                unit.key(),
                "an attendance letter missing from the table"));
    assertThat(mapped.observations())
        .extracting(Observation::key, Observation::value, Observation::studentId)
        .containsExactly(
            tuple("LESSON:100", "2|09:20-10:00|Химия|", null),
            tuple("MARK:501:11", "4", 11),
            tuple("MARK:502:11", "5", 11),
            tuple("ABSENCE:11:2023-09-04:3", "Ъ", 11),
            tuple("ABSENCE:11:2023-09-04:4", "Ъ", 11));
  }

  @Test
  void aNameThatMatchesTwoStudentsIsAnIssueByRowIndexWithoutTheName() {
    LocalDate day = LocalDate.of(2023, 9, 4);
    UnitScope unit = new UnitScope(1, 7, day, day);
    UnitObservations.Input input =
        new UnitObservations.Input(
            List.of(new StudentRef(11, "Иванов Иван"), new StudentRef(12, "Иванов Иван")),
            Map.of(),
            List.of(
                new AbsenceRow("Иванов Иван Петрович", day, 1, "Химия", "Б"),
                new AbsenceRow("Петров Пётр Петрович", day.plusDays(1), 1, "Химия", "Б")),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    UnitObservations.Result mapped = UnitObservations.build(unit, input, TABLES);

    assertThat(mapped.observations()).isEmpty();
    assertThat(mapped.issues())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.table()).isEqualTo("attendance-student");
              assertThat(issue.code()).isEqualTo("#0");
              assertThat(issue.toString()).doesNotContain("Иванов");
            });
  }

  private static DiaryAssignment work(long id, int mark) {
    return new DiaryAssignment(
        id, 90, "Работа", 0, null, 100L, new DiaryMark(id, id, 11, mark, false));
  }

  private static List<Lesson> lessonsInWindow() {
    return school.lessonsOf(schoolClass.id()).stream().filter(l -> scope.covers(l.date())).toList();
  }

  /**
   * The topic key names no group, so the two halves of a split lesson share one key; the log's
   * latest entry wins.
   */
  /** Group lessons at one bell each have a record: the later ones keyed #2, … by entry time. */
  private static Map<String, LocalDateTime> topicTimes() {
    Map<String, List<LocalDateTime>> bySlot = new LinkedHashMap<>();
    for (Lesson l : lessonsInWindow()) {
      String key =
          "TOPIC:%d:%s:%d:%s"
              .formatted(l.classId(), l.date(), l.number(), school.subject(l.subjectId()).name());
      if (l.topicEnteredAt() != null) {
        bySlot
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(l.topicEnteredAt().truncatedTo(ChronoUnit.SECONDS));
      }
    }
    Map<String, LocalDateTime> times = new LinkedHashMap<>();
    bySlot.forEach(
        (key, list) -> {
          list.sort(null);
          for (int i = 0; i < list.size(); i++) {
            times.put(i == 0 ? key : key + "#" + (i + 1), list.get(i));
          }
        });
    return times;
  }

  private static String typeName(int typeId) {
    return school.assignmentTypes().stream()
        .filter(t -> t.id() == typeId)
        .findFirst()
        .orElseThrow()
        .name();
  }

  private static int typeId(String name) {
    return school.assignmentTypes().stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static List<Observation> of(EntryKind kind) {
    return result.observations().stream().filter(o -> o.kind() == kind).toList();
  }

  private static long count(EntryKind kind) {
    return of(kind).size();
  }

  private static Map<String, String> values(EntryKind... kinds) {
    return result.observations().stream()
        .filter(o -> List.of(kinds).contains(o.kind()))
        .collect(Collectors.toMap(Observation::key, Observation::value));
  }
}
