package ru.netcity.mock.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clause 3.3.1's leaver and mover: on the rosters of the moments before, on none (or the new
 * class's) after, nothing of theirs in a class after they left it, and no violation of theirs in
 * the truth.
 */
class DeparturesTest {
  private static School school;
  private static Enrolment leaver;
  private static Enrolment moverFrom;
  private static Enrolment moverTo;

  @BeforeAll
  static void generate() {
    school = SchoolGenerator.generate(new SchoolOptions(42, SchoolOptions.DEFAULT_STUDENTS));
    leaver = school.enrolments().get(1);
    moverFrom = school.enrolments().get(2);
    moverTo = school.enrolments().get(3);
  }

  @Test
  void onePupilLeavesAndOneMovesToTheParallelClassInTheThirdQuarter() {
    assertThat(leaver.to()).isEqualTo(Departures.LEAVING);
    assertThat(leaver.from()).isEqualTo(school.yearStart());
    assertThat(moverFrom.studentId()).isEqualTo(moverTo.studentId());
    assertThat(moverFrom.to()).isEqualTo(Departures.MOVE.minusDays(1));
    assertThat(moverTo.from()).isEqualTo(Departures.MOVE);
    assertThat(moverTo.to()).isNull();
    SchoolClass from = school.schoolClass(moverFrom.classId()).orElseThrow();
    SchoolClass to = school.schoolClass(moverTo.classId()).orElseThrow();
    assertThat(to.id()).isNotEqualTo(from.id());
    assertThat(to.grade()).isEqualTo(from.grade()).isBetween(7, 9);
  }

  @Test
  void theRostersOfAMomentFollowTheirEnrolments() {
    int gone = leaver.studentId();
    int moved = moverTo.studentId();
    School before = school.at(LocalDate.of(2026, 2, 20).atTime(21, 0));
    School between = school.at(LocalDate.of(2026, 2, 24).atTime(2, 30));
    School after = school.at(LocalDate.of(2026, 3, 2).atTime(21, 0));
    assertThat(classOf(before, gone)).isEqualTo(leaver.classId());
    assertThat(classOf(between, gone)).isNull();
    assertThat(classOf(school, gone)).isNull();
    assertThat(classOf(before, moved)).isEqualTo(moverFrom.classId());
    assertThat(classOf(between, moved)).isEqualTo(moverFrom.classId());
    assertThat(classOf(after, moved)).isEqualTo(moverTo.classId());
    assertThat(classOf(school, moved)).isEqualTo(moverTo.classId());
    assertThat(after.student(moved).orElseThrow().group()).isEqualTo(moverTo.group());
    assertThat(between.students()).hasSize(before.students().size() - 1);
    assertThat(after.students()).hasSize(between.students().size());
  }

  @Test
  void nothingOfTheirsIsInAClassAfterTheyLeftIt() {
    assertThat(entries(leaver.studentId()))
        .isNotEmpty()
        .allMatch(e -> e.classId() == leaver.classId() && !e.date().isAfter(leaver.to()));
    assertThat(entries(moverFrom.studentId()))
        .allMatch(
            e ->
                e.classId() == moverFrom.classId()
                    ? !e.date().isAfter(moverFrom.to())
                    : e.classId() == moverTo.classId() && !e.date().isBefore(moverTo.from()));
    assertThat(entries(moverTo.studentId()))
        .anyMatch(e -> e.classId() == moverFrom.classId())
        .anyMatch(e -> e.classId() == moverTo.classId());
    // no mark of theirs in a class is entered after they left it
    assertThat(school.marks())
        .filteredOn(m -> m.studentId() == leaver.studentId())
        .allMatch(m -> !school.history().enteredAt(m).toLocalDate().isAfter(leaver.to()));
    assertThat(school.termMarksOf(leaver.studentId()))
        .isNotEmpty()
        .allMatch(t -> t.termId() == 1 || t.termId() == 2);
  }

  @Test
  void theDiaryShowsTheLessonsOfTheClassHeIsInOnlyWhileHeIsThere() {
    int moved = moverTo.studentId();
    School after = school.at(LocalDate.of(2026, 3, 6).atTime(21, 0));
    Student now = after.student(moved).orElseThrow();
    assertThat(now.classId()).isEqualTo(moverTo.classId());
    assertThat(after.lessonsOf(moverTo.classId()))
        .filteredOn(l -> l.isFor(now) && after.enrolledIn(moved, l.classId(), l.date()))
        .isNotEmpty()
        .allMatch(l -> !l.date().isBefore(Departures.MOVE));
  }

  @Test
  void theTruthNamesNeitherAndCountsOnlyWhatTheRostersShow() {
    List<String> names =
        List.of(
            school.student(leaver.studentId()).orElseThrow().nickName(),
            school.student(moverTo.studentId()).orElseThrow().nickName());
    assertThat(school.violations())
        .noneMatch(v -> v.student() != null && names.contains(v.student()));
    LocalDateTime end = school.yearEnd().atTime(23, 0);
    assertThat(school.at(end).violations())
        .noneMatch(v -> v.student() != null && names.contains(v.student()));
    String truth = GroundTruth.toJson(school);
    long hidden =
        school.marks().stream()
            .filter(m -> !m.dutyMark())
            .filter(
                m ->
                    m.studentId() == leaver.studentId()
                        || (m.studentId() == moverFrom.studentId()
                            && lessonOf(m).classId() == moverFrom.classId()))
            .count();
    long all = school.marks().stream().filter(m -> !m.dutyMark()).count();
    assertThat(hidden).isPositive();
    assertThat(truth).contains("\"marks\": " + (all - hidden) + ",");
    assertThat(truth).contains("\"students\": " + school.students().size() + ",");
  }

  @Test
  void aSmallSchoolHasNeitherAndStillGenerates() {
    School small = SchoolGenerator.generate(new SchoolOptions(5, 60));
    assertThat(small.enrolments()).allMatch(e -> e.to() == null);
  }

  private record Entry(int classId, LocalDate date) {}

  private static List<Entry> entries(int studentId) {
    List<Entry> out = new java.util.ArrayList<>();
    school.marks().stream()
        .filter(m -> m.studentId() == studentId)
        .forEach(m -> out.add(new Entry(lessonOf(m).classId(), lessonOf(m).date())));
    school.absences().stream()
        .filter(a -> a.studentId() == studentId)
        .map(a -> school.lesson(a.lessonId()).orElseThrow())
        .forEach(l -> out.add(new Entry(l.classId(), l.date())));
    return out;
  }

  private static Lesson lessonOf(Mark m) {
    long lessonId = school.assignment(m.assignmentId()).orElseThrow().lessonId();
    return school.lesson(lessonId).orElseThrow();
  }

  private static Integer classOf(School at, int studentId) {
    return at.students().stream()
        .filter(s -> s.id() == studentId)
        .map(Student::classId)
        .findFirst()
        .orElse(null);
  }
}
