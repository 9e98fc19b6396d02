package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 7: clause 2.2 counts from the end of all lessons of the day — the school's last in
 * the class's shift by default, the class's own as a rule-set choice; lessons without times take
 * the bell schedule, and where no time can be known a сведения finding says so.
 */
class EndOfLessonsVerdictsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 9, 10);
  private static final String HISTORY = "История";

  /** 7А ends at 13:35, 7Б (same shift) at 14:25, 7В (second shift, 14:30–18:00) later still. */
  private static LedgerFixture school() {
    return new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), 10001)
        .unit(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 24), "DONE")
        .unitIn(7002, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 24), "DONE")
        .unitIn(7003, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 24), "DONE")
        .lesson(1, DAY, 1, "08:30", "09:10", "Алгебра")
        .lesson(2, DAY, 6, "12:55", "13:35", HISTORY)
        .lessonIn(7002, 3, DAY, 1, "08:30", "09:10", "Физика")
        .lessonIn(7002, 4, DAY, 7, "13:45", "14:25", "Физика")
        .lessonIn(7003, 5, DAY, 1, "14:30", "15:10", "Химия")
        .lessonIn(7003, 6, DAY, 6, "17:20", "18:00", "Химия");
  }

  private static List<Finding> homework(LedgerFixture f, UnaryOperator<String> edit) {
    try (f) {
      return f.audit(edit, CorrectionRegister.NONE).stream()
          .filter(x -> x.rule().equals(HomeworkWithin5h.CODE))
          .toList();
    }
  }

  @Test
  void theDefaultReferenceIsTheSchoolsLastLessonInTheClasssShift() {
    List<Finding> findings =
        homework(
            school()
                .homework(11, DAY, "Алгебра", DAY.atTime(18, 50))
                .homework(12, DAY, HISTORY, DAY.atTime(19, 30)),
            UnaryOperator.identity());

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
              assertThat(f.clause()).isEqualTo("2.2");
              assertThat(f.subject()).isEqualTo(HISTORY);
              assertThat(f.evidence())
                  .containsEntry("lastLessonEnd", "14:25")
                  .containsEntry("lastLessonOf", "school-shift")
                  .containsEntry("deadline", "2025-09-10T19:25");
              assertThat(f.message())
                  .isEqualTo(
                      "Домашнее задание по предмету «История» за 10.09.2025 внесено 10.09.2025"
                          + " 19:30, позже срока 10.09.2025 19:25 (5 ч после окончания последнего"
                          + " урока смены в школе в 14:25) (п. 2.2).");
            });
  }

  @Test
  void aParameterNarrowsTheReferenceToTheClasssOwnLastLesson() {
    List<Finding> findings =
        homework(
            school().homework(11, DAY, "Алгебра", DAY.atTime(18, 50)),
            t -> t.replace("last-lesson-of: school-shift", "last-lesson-of: class"));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.evidence())
                  .containsEntry("lastLessonEnd", "13:35")
                  .containsEntry("lastLessonOf", "class");
              assertThat(f.message()).contains("последнего урока класса в 13:35");
            });
  }

  @Test
  void aLessonWithoutTimesTakesTheTimesTheAisShowsForItsBell() {
    List<Finding> findings =
        homework(
            school()
                .lesson(7, DAY, 7, "", "", "Музыка")
                .homework(11, DAY, "Алгебра", DAY.atTime(19, 20))
                .homework(12, DAY, HISTORY, DAY.atTime(19, 30)),
            t -> t.replace("last-lesson-of: school-shift", "last-lesson-of: class"));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).isEqualTo(HISTORY);
              assertThat(f.evidence()).containsEntry("lastLessonEnd", "14:25");
            });
  }

  @Test
  void whereNoTimeCanBeKnownTheRuleSaysItWasNotApplied() {
    List<Finding> findings =
        homework(
            school()
                .lesson(7, DAY, 8, "", "", "Музыка")
                .homework(12, DAY, HISTORY, DAY.atTime(23, 30)),
            UnaryOperator.identity());

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.clause()).isEqualTo("2.2");
              assertThat(f.evidence()).containsEntry("lessonsWithoutTime", List.of(8));
              assertThat(f.message())
                  .isEqualTo(
                      "Срок домашнего задания по предмету «История» за 10.09.2025 не определён:"
                          + " время окончания уроков этого дня неизвестно (8-й урок без времени в"
                          + " АИС и в расписании звонков), п. 2.2 не применён.");
            });
  }

  @Test
  void theRuleSetsBellScheduleGivesTheTimeTheAisDoesNotShow() {
    List<Finding> findings =
        homework(
            school()
                .lesson(7, DAY, 8, "", "", "Музыка")
                .homework(12, DAY, HISTORY, DAY.atTime(20, 20)),
            t ->
                t.replace("    bells: {}", "    bells: {8: \"14:35-15:15\"}")
                    .replace("last-lesson-of: school-shift", "last-lesson-of: class"));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
              assertThat(f.evidence())
                  .containsEntry("lastLessonEnd", "15:15")
                  .containsEntry("deadline", "2025-09-10T20:15");
            });
  }
}
