package ru.netcity.mock.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The structural situations of a real year exist in the generated school at their known places. */
class StructureSituationsTest {
  private static School school;

  @BeforeAll
  static void generate() {
    school = SchoolGenerator.generate(new SchoolOptions(42, SchoolOptions.DEFAULT_STUDENTS));
  }

  private static SchoolClass named(String name) {
    return school.classes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  private static int subjectId(String name) {
    return school.subjects().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void historyOf7BIsTaughtByASubstituteForThreeWeeksOfTheSecondQuarter() {
    List<Lesson> history =
        school.lessonsOf(named("7Б").id()).stream()
            .filter(l -> l.subjectId() == subjectId("История"))
            .toList();
    Set<Integer> regular =
        history.stream()
            .filter(l -> l.date().isBefore(Substitution.FROM) || l.date().isAfter(Substitution.TO))
            .map(Lesson::teacherId)
            .collect(Collectors.toSet());
    Set<Integer> substitute =
        history.stream()
            .filter(
                l -> !l.date().isBefore(Substitution.FROM) && !l.date().isAfter(Substitution.TO))
            .map(Lesson::teacherId)
            .collect(Collectors.toSet());
    assertThat(regular).hasSize(1);
    assertThat(substitute).hasSize(1).doesNotContainAnyElementsOf(regular);
    assertThat(
            history.stream()
                .filter(l -> substitute.contains(l.teacherId()))
                .map(Lesson::date)
                .toList())
        .hasSizeGreaterThanOrEqualTo(4)
        .allMatch(d -> !d.isBefore(LocalDate.of(2025, 11, 17)))
        .allMatch(d -> !d.isAfter(LocalDate.of(2025, 12, 5)));
  }

  @Test
  void theWorkingSaturdayFollowsFridaysTimetableAndTheExchangedFridayIsOff() {
    LocalDate saturday = LocalDate.of(2025, 11, 29);
    LocalDate friday = LocalDate.of(2025, 11, 28);
    assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(school.workingDays()).containsExactly(saturday);
    assertThat(school.holidays()).contains(LocalDate.of(2025, 12, 5));
    for (SchoolClass c : school.classes()) {
      List<Lesson> lessons = school.lessonsOf(c.id());
      assertThat(lessons).noneMatch(l -> l.date().equals(LocalDate.of(2025, 12, 5)));
      assertThat(subjectsOn(lessons, saturday)).isEqualTo(subjectsOn(lessons, friday));
    }
    assertThat(school.lessons())
        .filteredOn(l -> l.date().getDayOfWeek() == DayOfWeek.SATURDAY)
        .isNotEmpty()
        .allMatch(l -> l.date().equals(saturday));
    assertThat(school.lessons()).noneMatch(l -> l.date().getDayOfWeek() == DayOfWeek.SUNDAY);
  }

  /** Subjects and groups of the day (a lesson the timetable moved to bell 8 keeps its subject). */
  private static List<String> subjectsOn(List<Lesson> lessons, LocalDate day) {
    return lessons.stream()
        .filter(l -> l.date().equals(day))
        .map(l -> l.subjectId() + "/" + l.group())
        .sorted()
        .toList();
  }

  @Test
  void englishGroupsOf8AAnd10AMeetAtDifferentBellsOnTwoDaysAndAtOneBellOnTheThird() {
    int english = subjectId("Иностранный язык (английский)");
    for (String name : List.of("8А", "10А")) {
      Map<LocalDate, List<Lesson>> byDay =
          school.lessonsOf(named(name).id()).stream()
              .filter(l -> l.subjectId() == english)
              .collect(Collectors.groupingBy(Lesson::date, TreeMap::new, Collectors.toList()));
      assertThat(byDay.values()).allMatch(l -> l.size() == 2);
      assertThat(
              byDay.values().stream().filter(l -> l.get(0).number() != l.get(1).number()).count())
          .isGreaterThan(0);
      assertThat(
              byDay.values().stream().filter(l -> l.get(0).number() == l.get(1).number()).count())
          .isGreaterThan(0);
      // each group: three English lessons a week, as the plan says
      for (int group = 1; group <= 2; group++) {
        int g = group;
        assertThat(perWeekMode(named(name).id(), english, g)).isEqualTo(3);
      }
    }
    assertThat(named("8Б")).satisfies(c -> assertThat(sameBellOnly(c.id(), english)).isTrue());
  }

  private static boolean sameBellOnly(int classId, int subject) {
    Map<String, Long> perSlot =
        school.lessonsOf(classId).stream()
            .filter(l -> l.subjectId() == subject)
            .collect(
                Collectors.groupingBy(l -> l.date() + " " + l.number(), Collectors.counting()));
    return perSlot.values().stream().allMatch(n -> n == 2);
  }

  private static int perWeekMode(int classId, int subject, int group) {
    Map<LocalDate, Long> perWeek =
        school.lessonsOf(classId).stream()
            .filter(l -> l.subjectId() == subject && (l.group() == 0 || l.group() == group))
            .collect(
                Collectors.groupingBy(l -> l.date().with(DayOfWeek.MONDAY), Collectors.counting()));
    Map<Long, Long> frequency =
        perWeek.values().stream()
            .collect(Collectors.groupingBy(n -> n, TreeMap::new, Collectors.counting()));
    return frequency.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .orElseThrow()
        .getKey()
        .intValue();
  }

  @Test
  void germanIsTakenByGroup2Of8AAnd10AOnlyAtGroup1sEnglishBell() {
    int german = subjectId("Немецкий язык");
    int english = subjectId("Иностранный язык (английский)");
    List<Lesson> lessons = school.lessons().stream().filter(l -> l.subjectId() == german).toList();
    assertThat(lessons).isNotEmpty().allMatch(l -> l.group() == 2);
    assertThat(lessons.stream().map(l -> school.schoolClass(l.classId()).orElseThrow().name()))
        .containsOnly("8А", "10А");
    for (Lesson l : lessons) {
      assertThat(school.lessonsOf(l.classId()))
          .anyMatch(
              e ->
                  e.subjectId() == english
                      && e.group() == 1
                      && e.date().equals(l.date())
                      && e.number() == l.number());
    }
    assertThat(perWeekMode(named("8А").id(), german, 2)).isEqualTo(2);
    // group 1 pupils have neither German lessons nor German marks or term marks
    Set<Integer> group1 =
        named("8А").studentIds().stream()
            .filter(id -> school.student(id).orElseThrow().group() == 1)
            .collect(Collectors.toSet());
    assertThat(school.termMarks())
        .noneMatch(m -> m.subjectId() == german && group1.contains(m.studentId()));
    assertThat(school.termMarks()).anyMatch(m -> m.subjectId() == german);
    // the truth holds a German shortfall of a group 2 pupil, judged at German's 2 h a week
    assertThat(school.violations())
        .filteredOn(v -> v.subject().equals("Немецкий язык"))
        .filteredOn(v -> !v.rule().equals("HOMEWORK_WITHIN_5H")) // an untimed day's сведения
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo("MARK_SUFFICIENCY"))
        .satisfies(
            v ->
                assertThat(school.students())
                    .anyMatch(p -> p.nickName().equals(v.student()) && p.group() == 2));
  }
}
