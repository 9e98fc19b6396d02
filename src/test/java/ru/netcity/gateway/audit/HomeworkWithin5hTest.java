package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Clause 2.2 at its boundaries: 5 h exactly, a minute more, midnight, groups, moved lessons. */
class HomeworkWithin5hTest {
  private static final LocalDate DAY = LocalDate.of(2025, 9, 10);

  private static List<Finding> homework(LedgerFixture f, UnaryOperator<String> edit) {
    try (f) {
      return f.audit(edit, CorrectionRegister.NONE).stream()
          .filter(x -> x.rule().equals(HomeworkWithin5h.CODE))
          .toList();
    }
  }

  private static LedgerFixture day() {
    return new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), 10001)
        .unit(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 24), "DONE")
        .lesson(1, DAY, 1, "08:30", "09:10", "Алгебра")
        .lesson(2, DAY, 6, "12:55", "13:35", "История");
  }

  @Test
  void exactlyFiveHoursAfterTheLastLessonIsInTimeAndAMinuteMoreIsLate() {
    List<Finding> findings =
        homework(
            day()
                .homework(11, DAY, "Алгебра", DAY.atTime(18, 35))
                .homework(12, DAY, "История", DAY.atTime(18, 36)),
            UnaryOperator.identity());

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).isEqualTo("История");
              assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
              assertThat(f.evidence())
                  .containsEntry("deadline", "2025-09-10T18:35")
                  .containsEntry("lastLessonEnd", "13:35")
                  .containsEntry("lagMinutes", 1);
              assertThat(f.message()).contains("История", "10.09.2025", "п. 2.2");
            });
  }

  @Test
  void groupLessonsAtTheSameBellBothCountForTheEndOfTheDay() {
    List<Finding> findings =
        homework(
            day()
                .lesson(3, DAY, 7, "13:45", "14:25", "Иностранный язык (английский)")
                .lesson(4, DAY, 7, "13:45", "14:25", "Иностранный язык (английский)")
                .homework(11, DAY, "Алгебра", DAY.atTime(19, 25))
                .homework(12, DAY, "Иностранный язык (английский)", DAY.atTime(19, 26)),
            UnaryOperator.identity());

    assertThat(findings)
        .extracting(Finding::subject)
        .containsExactly("Иностранный язык (английский)");
  }

  @Test
  void aLessonTheTimetableMovedToBellEightMovesTheDeadline() {
    List<Finding> findings =
        homework(
            day()
                .lesson(5, DAY, 8, "14:35", "15:15", "География")
                .homework(11, DAY, "Алгебра", DAY.atTime(18, 45))
                .homework(12, DAY, "История", DAY.atTime(20, 15))
                .homework(13, DAY, "География", DAY.atTime(20, 16)),
            UnaryOperator.identity());

    assertThat(findings).extracting(Finding::subject).containsExactly("География");
    assertThat(findings.get(0).evidence()).containsEntry("deadline", "2025-09-10T20:15");
  }

  @Test
  void theDeadlineStopsAtMidnightOfTheLessonDay() {
    LedgerFixture late =
        new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), 10001)
            .unit(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 24), "DONE")
            .lesson(1, DAY, 9, "18:50", "19:30", "Музыка")
            .homework(11, DAY, "Музыка", DAY.atTime(23, 59))
            .homework(12, DAY, "Музыка", DAY.plusDays(1).atTime(0, 0));

    List<Finding> findings = homework(late, UnaryOperator.identity());

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.evidence()).containsEntry("deadline", "2025-09-11T00:00");
              assertThat(f.evidence()).containsEntry("enteredAt", "2025-09-11T00:00");
            });
  }

  @Test
  void withoutTheSameDayCapTheFiveHoursRunPastMidnight() {
    LedgerFixture late =
        new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), 10001)
            .unit(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 24), "DONE")
            .lesson(1, DAY, 9, "18:50", "19:30", "Музыка")
            .homework(11, DAY, "Музыка", DAY.plusDays(1).atTime(0, 30))
            .homework(12, DAY, "Музыка", DAY.plusDays(1).atTime(0, 31));

    List<Finding> findings =
        homework(late, y -> y.replace("same-day-required: true", "same-day-required: false"));

    assertThat(findings)
        .singleElement()
        .satisfies(f -> assertThat(f.evidence()).containsEntry("enteredAt", "2025-09-11T00:31"));
  }
}
