package ru.netcity.mock.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolGeneratorTest {
  private static School school;

  @BeforeAll
  static void generateDefault() {
    school = SchoolGenerator.generate(new SchoolOptions(42, SchoolOptions.DEFAULT_STUDENTS));
  }

  @Test
  void sameSeedGivesIdenticalSchoolAndTruth() {
    School again = SchoolGenerator.generate(new SchoolOptions(42, SchoolOptions.DEFAULT_STUDENTS));
    assertThat(GroundTruth.toJson(again)).isEqualTo(GroundTruth.toJson(school));
    assertThat(again.lessons()).isEqualTo(school.lessons());
    assertThat(again.marks()).isEqualTo(school.marks());
    assertThat(again.absences()).isEqualTo(school.absences());
    assertThat(again.termMarks()).isEqualTo(school.termMarks());
    assertThat(again.accounts()).isEqualTo(school.accounts());
  }

  @Test
  void differentSeedGivesDifferentTruth() {
    School other = SchoolGenerator.generate(new SchoolOptions(43, SchoolOptions.DEFAULT_STUDENTS));
    assertThat(GroundTruth.toJson(other)).isNotEqualTo(GroundTruth.toJson(school));
  }

  @Test
  void truthIsWrittenAsUtf8WithFixedFieldOrder(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("truth.json");
    GroundTruth.write(school, file);
    String json = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(json).isEqualTo(GroundTruth.toJson(school)).doesNotContain("\r");
    assertThat(json.indexOf("\"school\"")).isLessThan(json.indexOf("\"seed\""));
    assertThat(json.indexOf("\"seed\"")).isLessThan(json.indexOf("\"counts\""));
    assertThat(json.indexOf("\"counts\"")).isLessThan(json.indexOf("\"rules\""));
    assertThat(json.indexOf("\"rules\"")).isLessThan(json.indexOf("\"violations\""));
    assertThat(json).contains("\"name\": \"ОГБОУ КШИ «Томский кадетский корпус»\"");
    // the year's end: the pupil who left in February is on no roster
    assertThat(json).contains("\"students\": 249");
  }

  @Test
  void defaultSchoolHasTenClassesOfTwentyFive() {
    assertThat(school.classes())
        .extracting(SchoolClass::name)
        .containsExactly("7А", "7Б", "8А", "8Б", "9А", "9Б", "10А", "10Б", "11А", "11Б");
    // the roster of the year's end: one pupil left in February (clause 3.3.1)
    assertThat(school.students()).hasSize(249);
    assertThat(school.seed()).isEqualTo(42);
    assertThat(school.shortName()).isEqualTo("ОГБОУ КШИ ТКК");
    for (SchoolClass c : school.classes()) {
      // as generated: on the first day, before anyone left or moved
      School september = school.at(school.yearStart().atTime(8, 0));
      List<Student> list =
          c.studentIds().stream().map(id -> september.student(id).orElseThrow()).toList();
      assertThat(list).hasSize(25);
      assertThat(list).extracting(Student::lastName).isSorted();
      assertThat(list.subList(0, 13)).allMatch(s -> s.group() == 1);
      assertThat(list.subList(13, 25)).allMatch(s -> s.group() == 2);
      assertThat(school.teacher(c.classTeacherId())).isNotNull();
    }
    assertThat(school.students().stream().map(Student::nickName).distinct()).hasSize(249);
  }

  @Test
  void countsAreSane() {
    int lessons = school.lessons().size();
    long marks = school.marks().stream().filter(m -> !m.dutyMark()).count();
    long homework = school.assignments().stream().filter(a -> a.typeId() == 3).count();
    long studentLessons = 0;
    for (Student s : school.students()) {
      studentLessons += school.lessonsOf(s.classId()).stream().filter(l -> l.isFor(s)).count();
    }
    double absenceRate = (double) school.absences().size() / studentLessons;
    System.out.printf(
        "lessons=%d marks=%d absences=%d (%.2f %%) homework=%d%n",
        lessons, marks, school.absences().size(), 100 * absenceRate, homework);
    // ~33 weeks × ~30 h + split halves, per class
    assertThat(lessons).isBetween(10 * 1000, 10 * 1300);
    assertThat(absenceRate).isBetween(0.04, 0.06);
    assertThat(homework).isBetween(lessons * 6L / 10, lessons * 9L / 10);
    assertThat(marks).isBetween(250L * 300, 250L * 600);
    Map<String, Long> codes =
        school.absences().stream()
            .collect(Collectors.groupingBy(Absence::code, Collectors.counting()));
    assertThat(codes.keySet()).containsExactlyInAnyOrder("Н", "Б", "УП", "НП", "ОТ", "ОП", "ОСВ");
    assertThat(codes.get("Б")).isGreaterThan(codes.get("Н"));
    assertThat(school.marks()).anyMatch(Mark::dutyMark);
    assertThat(school.termMarks()).isNotEmpty();
  }

  @Test
  void calendarAndTimetableAreRespected() {
    Set<LocalDate> holidays = school.holidays();
    Map<String, Integer> perDay = new HashMap<>();
    Map<String, Set<Integer>> teachersOfSplit = new TreeMap<>();
    int untopical = 0;
    for (Lesson l : school.lessons()) {
      SchoolClass c = school.schoolClass(l.classId()).orElseThrow();
      if (!school.workingDays().contains(l.date())) {
        assertThat(l.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      }
      assertThat(holidays).doesNotContain(l.date());
      assertThat(school.termsOf(c.grade())).anyMatch(t -> t.contains(l.date()));
      Bell bell = school.bells().get(l.number() - 1);
      assertThat(l.start()).isEqualTo(bell.start());
      assertThat(l.end()).isEqualTo(bell.end());
      if (l.topicEnteredAt() == null) {
        // the seeded group lesson without a topic at a bell both groups share (clause 2.1)
        assertThat(l.group()).isEqualTo(2);
        assertThat(l.topic()).isNull();
        untopical++;
      } else {
        assertThat(l.topic()).isNotBlank().doesNotContain("Не указана");
        assertThat(l.topicEnteredAt()).isAfterOrEqualTo(l.date().atTime(l.end()));
      }
      if (l.group() <= 1) {
        perDay.merge(l.classId() + " " + l.date(), 1, Integer::sum);
      }
      if (l.group() > 0) {
        teachersOfSplit
            .computeIfAbsent(l.classId() + " " + l.date() + " " + l.number(), k -> new HashSet<>())
            .add(l.teacherId());
      }
    }
    assertThat(untopical).isOne();
    assertThat(perDay.values()).allMatch(n -> n <= 7);
    // parallel group lessons have two teachers; English group 2 alone at its own bell has one
    assertThat(teachersOfSplit.values()).allMatch(t -> t.size() == 2 || t.size() == 1);
    assertThat(teachersOfSplit.values()).anyMatch(t -> t.size() == 2);
    assertThat(school.lessons()).anyMatch(l -> l.number() == 8);
    assertThat(school.lessons()).anyMatch(l -> l.room() == null);
    assertThat(school.lessons()).anyMatch(l -> "304/кабинет физики".equals(l.room()));
    assertThat(school.terms()).extracting(Term::id).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(school.assignmentTypes()).extracting(AssignmentType::order).isSorted();
  }

  @Test
  void absentStudentsGetNoMarksAndMarksAreInRange() {
    Set<String> absent = new HashSet<>();
    school.absences().forEach(a -> absent.add(a.lessonId() + "/" + a.studentId()));
    List<Mark> wrong =
        school.marks().stream()
            .filter(
                m -> {
                  Assignment a = school.assignment(m.assignmentId()).orElseThrow();
                  boolean valueOk =
                      m.dutyMark() ? m.value() == 0 : m.value() >= 2 && m.value() <= 5;
                  return absent.contains(a.lessonId() + "/" + m.studentId())
                      || a.typeId() == 3
                      || !valueOk;
                })
            .toList();
    assertThat(wrong).isEmpty();
    assertThat(school.marks().stream().filter(m -> m.changedAt() != null)).hasSize(2);
  }

  @Test
  void homeworkKeepsAMarginExceptTheProbes() {
    // clause 2.2 counts from the school's last lesson of the day (every class in the first shift)
    Map<LocalDate, LocalTime> lastEnd = new HashMap<>();
    Map<String, LocalTime> classEnd = new HashMap<>();
    Map<String, LocalTime> regularEnd = new HashMap<>();
    for (Lesson l : school.lessons()) {
      lastEnd.merge(l.date(), l.end(), (a, b) -> a.isAfter(b) ? a : b);
      classEnd.merge(l.classId() + " " + l.date(), l.end(), (a, b) -> a.isAfter(b) ? a : b);
      if (l.number() <= 7) {
        regularEnd.merge(l.classId() + " " + l.date(), l.end(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    int tight = 0;
    int exact = 0;
    int movedProbes = 0;
    int lateForTheClassAlone = 0;
    List<Assignment> homework = school.assignments().stream().filter(a -> a.typeId() == 3).toList();
    for (Assignment a : homework) {
      Lesson l = school.lesson(a.lessonId()).orElseThrow();
      String day = l.classId() + " " + l.date();
      LocalDateTime deadline = l.date().atTime(lastEnd.get(l.date())).plusHours(5);
      long margin = Duration.between(a.enteredAt(), deadline).toMinutes();
      tight += margin >= 0 && margin < 30 ? 1 : 0;
      exact += margin == 0 ? 1 : 0;
      LocalDateTime own = l.date().atTime(classEnd.get(day)).plusHours(5);
      lateForTheClassAlone += margin == 0 && a.enteredAt().isAfter(own) ? 1 : 0;
      LocalDateTime regular = l.date().atTime(regularEnd.get(day)).plusHours(5);
      movedProbes += a.enteredAt().isAfter(regular) && margin >= 30 ? 1 : 0;
    }
    assertThat(exact).isEqualTo(1);
    assertThat(lateForTheClassAlone).isEqualTo(1);
    assertThat(tight).isEqualTo(1);
    assertThat(movedProbes).isGreaterThanOrEqualTo(5);
  }

  @Test
  void accountsHaveDistinctUserIds() {
    assertThat(school.account("zavuch"))
        .get()
        .satisfies(
            a -> {
              assertThat(a.password()).isEqualTo("Завуч2021!");
              assertThat(a.displayName()).isEqualTo("Шамрина Ирина Викторовна");
              assertThat(a.staff()).isTrue();
            });
    Student first = school.students().get(0);
    Account parent = school.account("parent" + first.id()).orElseThrow();
    assertThat(parent.password()).isEqualTo("Родитель" + first.id());
    assertThat(parent.studentIds()).containsExactly(first.id());
    assertThat(parent.staff()).isFalse();
    assertThat(school.accounts()).hasSize(251);
    Set<Integer> ids = new HashSet<>();
    school.students().forEach(s -> ids.add(s.id()));
    school.teachers().forEach(t -> ids.add(t.id()));
    assertThat(school.accounts())
        .extracting(Account::userId)
        .doesNotHaveDuplicates()
        .noneMatch(ids::contains);
  }

  @Test
  void seededViolationsCoverEveryRule() {
    Map<String, Long> byRule =
        school.violations().stream()
            .collect(
                Collectors.groupingBy(
                    v -> v.rule() + "/" + v.severity(), TreeMap::new, Collectors.counting()));
    assertThat(byRule)
        .containsEntry("LESSON_RECORD_SAME_DAY/предупреждение", 4L) // 3 + the substitute's
        .containsEntry("LESSON_RECORD_SAME_DAY/нарушение", 6L)
        .containsEntry("HOMEWORK_WITHIN_5H/нарушение", 3L)
        .containsEntry("MARK_SUFFICIENCY/нарушение", 5L)
        .containsEntry("NO_RETROACTIVE_CHANGE/нарушение", 3L)
        .containsEntry("FINAL_MARKS_WITHIN_1DAY/нарушение", 4L);
    assertThat(byRule.get("SUFFICIENCY_EXEMPT/сведения")).isPositive();
    // every homework of the day whose lessons' end no time tells (UntimedLessons)
    assertThat(byRule.get("HOMEWORK_WITHIN_5H/сведения")).isPositive();
    assertThat(byRule).hasSize(8);
  }

  /** The key test: an independent check finds exactly the seeded breaches, none missed or extra. */
  @ParameterizedTest
  @ValueSource(longs = {42, 1, 7, 2025, -5})
  void independentCheckFindsExactlyTheSeededViolations(long seed) {
    School s = seed == 42 ? school : SchoolGenerator.generate(new SchoolOptions(seed, 250));
    assertThat(RuleCheck.check(s)).containsExactlyElementsOf(s.violations());
  }

  /**
   * Compliance has a margin: two more marks required per term, or an exemption threshold of 25 or
   * 35 %, change nothing but the informational entries of the one long-ill student. A pupil who
   * left the class mid-term is chosen with the largest margin the seed allows over his part ({@code
   * Departures}), so two more marks may be more than he has there.
   */
  @Test
  void complianceHoldsUnderStricterParameters() {
    List<Violation> seeded = withoutInfo(school.violations());
    Set<String> left = new HashSet<>();
    school.enrolments().stream()
        .filter(e -> e.to() != null)
        .forEach(e -> left.add(school.student(e.studentId()).orElseThrow().nickName()));
    assertThat(
            withoutInfo(RuleCheck.check(school, 2, 0.3)).stream()
                .filter(v -> !v.rule().equals("MARK_SUFFICIENCY") || !left.contains(v.student()))
                .toList())
        .isEqualTo(seeded);
    assertThat(withoutInfo(RuleCheck.check(school, 0, 0.25))).isEqualTo(seeded);
    assertThat(withoutInfo(RuleCheck.check(school, 0, 0.35))).isEqualTo(seeded);
  }

  private static List<Violation> withoutInfo(List<Violation> list) {
    return list.stream().filter(v -> !v.severity().equals("сведения")).toList();
  }

  @Test
  void smallestSchoolStillWorks() {
    School small = SchoolGenerator.generate(new SchoolOptions(5, 20));
    assertThat(small.classes()).hasSize(10);
    assertThat(RuleCheck.check(small)).containsExactlyElementsOf(small.violations());
  }

  /** The small schools the gateway's tests use still generate, and their truth is exact. */
  @ParameterizedTest
  @ValueSource(longs = {3, 5, 21, 22, 23, 24, 25, 31, 32, 33})
  void smallSchoolsOfTheTestsGenerate(long seed) {
    School small = SchoolGenerator.generate(new SchoolOptions(seed, 20));
    assertThat(RuleCheck.check(small)).containsExactlyElementsOf(small.violations());
  }

  @Test
  void twoThousandStudentsGenerate() {
    long start = System.nanoTime();
    School big = SchoolGenerator.generate(new SchoolOptions(2026, SchoolOptions.MAX_STUDENTS));
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.println(
        "2000 students generated in "
            + ms
            + " ms, lessons="
            + big.lessons().size()
            + ", marks="
            + big.marks().size());
    assertThat(big.students()).hasSize(2000 - 1);
    assertThat(big.classes()).hasSize(80);
    assertThat(big.classes()).extracting(SchoolClass::name).contains("7А", "11Р");
    assertThat(big.classes()).allMatch(c -> c.studentIds().size() == 25);
    assertThat(RuleCheck.check(big)).containsExactlyElementsOf(big.violations());
  }
}
