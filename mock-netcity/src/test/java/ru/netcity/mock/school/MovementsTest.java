package ru.netcity.mock.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pupils' movement (clause 3.3.1): a pupil new to the school arrives in the second quarter, one
 * leaves the school and one moves to the parallel class in the third.
 */
class MovementsTest {
  private static School school;
  private static Enrolment arrival;

  @BeforeAll
  static void generate() {
    school = SchoolGenerator.generate(new SchoolOptions(42, SchoolOptions.DEFAULT_STUDENTS));
    arrival = school.enrolments().get(0);
    leaver = school.enrolments().get(1);
    moverFrom = school.enrolments().get(2);
    moverTo = school.enrolments().get(3);
  }

  private static Enrolment leaver;
  private static Enrolment moverFrom;
  private static Enrolment moverTo;

  @Test
  void onePupilArrivesOnTheMondayOfTheSecondQuartersThirdWeekIntoAQuarterClass() {
    assertThat(school.enrolments()).hasSize(4);
    assertThat(arrival.from()).isEqualTo(Movements.ARRIVAL).isEqualTo(LocalDate.of(2025, 11, 17));
    assertThat(arrival.to()).isNull();
    Student pupil = school.student(arrival.studentId()).orElseThrow();
    assertThat(pupil.classId()).isEqualTo(arrival.classId());
    assertThat(school.schoolClass(arrival.classId()).orElseThrow().grade()).isBetween(7, 9);
    assertThat(school.violations()).noneMatch(v -> pupil.nickName().equals(v.student()));
  }

  @Test
  void nothingOfHisExistsBeforeHisArrival() {
    int id = arrival.studentId();
    assertThat(school.marks())
        .filteredOn(m -> m.studentId() == id)
        .isNotEmpty()
        .allMatch(m -> !lessonDate(m).isBefore(arrival.from()));
    assertThat(school.absences())
        .filteredOn(a -> a.studentId() == id)
        .allMatch(a -> !school.lesson(a.lessonId()).orElseThrow().date().isBefore(arrival.from()));
    assertThat(school.termMarksOf(id)).noneMatch(t -> t.termId() == 1).isNotEmpty();
    assertThat(school.enrolmentOn(id, arrival.from().minusDays(1))).isEmpty();
    assertThat(school.enrolmentOn(id, arrival.from())).contains(arrival);
  }

  @Test
  void theRosterAtAMomentListsHimOnlyFromHisArrival() {
    int id = arrival.studentId();
    List<Student> october = school.at(LocalDate.of(2025, 10, 6).atTime(2, 30)).students();
    List<Student> december = school.at(LocalDate.of(2025, 12, 1).atTime(2, 30)).students();
    assertThat(october).noneMatch(s -> s.id() == id);
    assertThat(december).anyMatch(s -> s.id() == id).hasSize(october.size() + 1);
  }

  @Test
  void everyOtherPupilIsInHisClassAllYear() {
    List<Integer> moving = List.of(arrival.studentId(), leaver.studentId(), moverFrom.studentId());
    assertThat(school.students())
        .filteredOn(s -> !moving.contains(s.id()))
        .allMatch(s -> school.enrolmentOn(s.id(), school.yearStart()).isPresent())
        .allMatch(s -> school.enrolments().stream().noneMatch(e -> e.studentId() == s.id()));
  }

  private static LocalDate lessonDate(Mark m) {
    long lessonId = school.assignment(m.assignmentId()).orElseThrow().lessonId();
    return school.lesson(lessonId).orElseThrow().date();
  }
}
