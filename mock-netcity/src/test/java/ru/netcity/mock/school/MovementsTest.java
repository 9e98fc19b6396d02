package ru.netcity.mock.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pupils' movement (clause 3.3.1): a pupil new to the school arrives in the second quarter. */
class MovementsTest {
  private static School school;
  private static Enrolment arrival;

  @BeforeAll
  static void generate() {
    school = SchoolGenerator.generate(new SchoolOptions(42, SchoolOptions.DEFAULT_STUDENTS));
    arrival = school.enrolments().get(0);
  }

  @Test
  void onePupilArrivesOnTheMondayOfTheSecondQuartersThirdWeekIntoAQuarterClass() {
    assertThat(school.enrolments()).hasSize(1);
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
    assertThat(october).noneMatch(s -> s.id() == id).hasSize(school.students().size() - 1);
    assertThat(december).anyMatch(s -> s.id() == id).hasSize(school.students().size());
  }

  @Test
  void everyOtherPupilIsInHisClassAllYear() {
    assertThat(school.students())
        .filteredOn(s -> s.id() != arrival.studentId())
        .allMatch(s -> school.enrolmentOn(s.id(), school.yearStart()).isPresent());
  }

  private static LocalDate lessonDate(Mark m) {
    long lessonId = school.assignment(m.assignmentId()).orElseThrow().lessonId();
    return school.lesson(lessonId).orElseThrow().date();
  }
}
