package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every finding names the teacher responsible as the ledger's TEACHER entries have him: a lesson's
 * finding its teacher (a substitute for the lessons he taught; the student's group's teacher), a
 * term's finding the teacher of most of the pupil's lessons of the term, a day without a lesson of
 * the subject the term's, and a lesson the journal log named nobody for nobody.
 */
class TeachersTest {
  private static final LocalDate START = LocalDate.of(2025, 9, 1);
  private static final LocalDate END = LocalDate.of(2025, 10, 24);
  private static final String HISTORY = "История";
  private static final String ENGLISH = "Английский язык";
  private static final String REGULAR = "Орлова Е. К.";
  private static final String SUBSTITUTE = "Гусев П. Р.";

  private static List<Finding> audit() {
    LocalDate sub = LocalDate.of(2025, 9, 16);
    LocalDate nobody = LocalDate.of(2025, 9, 23);
    LocalDate english = LocalDate.of(2025, 9, 17);
    LedgerFixture f =
        new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), 10001, 10002)
            .unit(START, LocalDate.of(2025, 12, 26), "DONE")
            .term(1, "1 четверть", START, END);
    long id = 1;
    // history on Tuesdays, every lesson with its topic but three: the regular teacher's of 9
    // September, the substitute's of 16 September, and one of 23 September the log names no one
    // for; the substitute teaches 16 September only
    for (LocalDate d = LocalDate.of(2025, 9, 2); !d.isAfter(END); d = d.plusWeeks(1)) {
      f.lesson(id, d, 3, "10:00", "10:40", HISTORY);
      if (!d.equals(nobody)) {
        f.teacher(id, d, 3, HISTORY, d.equals(sub) ? SUBSTITUTE : REGULAR);
      }
      if (!d.equals(LocalDate.of(2025, 9, 9)) && !d.equals(sub) && !d.equals(nobody)) {
        f.topic(d, 3, HISTORY, d.atTime(12, 0));
      }
      id++;
    }
    // English in two groups at different bells, each with its own teacher; pupil 10002 of group 2
    // is entered absent three days late
    f.groupWeekly(ENGLISH, 2, new int[] {10001}, english, english, DayOfWeek.WEDNESDAY)
        .groupWeekly(ENGLISH, 5, new int[] {10002}, english, english, DayOfWeek.WEDNESDAY)
        .teacher(100, english, 2, ENGLISH, "Белова Н. С.", 10001)
        .teacher(101, english, 5, ENGLISH, "Жукова Т. А.", 10002)
        .topic(english, 2, ENGLISH, english.atTime(12, 0))
        .topic(english, 5, ENGLISH, english.atTime(12, 0))
        .absence(10002, english, 5, ENGLISH, english.plusDays(3).atTime(9, 0))
        // a term mark of history entered late, on a day with no history lesson
        .termMark(10001, HISTORY, "1 четверть", END, END.plusDays(3).atTime(10, 0));
    try (f) {
      return f.audit();
    }
  }

  @Test
  void aLessonsFindingNamesWhoTaughtItTheSubstituteForHisLesson() {
    List<Finding> missing =
        audit().stream()
            .filter(x -> x.rule().equals(LessonRecordSameDay.CODE) && x.studentId() == null)
            .toList();
    assertThat(missing)
        .extracting(x -> x.lessonDate() + " " + x.teacher())
        .containsExactlyInAnyOrder(
            "2025-09-09 " + REGULAR, "2025-09-16 " + SUBSTITUTE, "2025-09-23 null");
  }

  @Test
  void aStudentsFindingInAGroupLessonNamesHisGroupsTeacher() {
    assertThat(audit())
        .filteredOn(x -> x.rule().equals(LessonRecordSameDay.CODE) && x.studentId() != null)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.studentId()).isEqualTo(10002);
              assertThat(x.teacher()).isEqualTo("Жукова Т. А.");
            });
  }

  @Test
  void aTermsFindingNamesTheTeacherOfMostOfTheTermsLessons() {
    assertThat(audit())
        .filteredOn(x -> x.rule().equals(FinalMarksWithin1Day.CODE))
        .singleElement()
        .satisfies(x -> assertThat(x.teacher()).isEqualTo(REGULAR));
    assertThat(audit())
        .filteredOn(x -> x.rule().equals(MarkSufficiency.CODE) && x.subject().equals(ENGLISH))
        .isNotEmpty()
        .allSatisfy(
            x ->
                assertThat(x.teacher())
                    .isEqualTo(x.studentId() == 10001 ? "Белова Н. С." : "Жукова Т. А."));
  }
}
