package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Clause 4.3: a day after the results are received, and when they count as received. */
class FinalMarksWithin1DayTest {
  private static final LocalDate END = LocalDate.of(2025, 10, 24);

  private static List<Finding> finals(UnaryOperator<String> edit) {
    try (LedgerFixture f =
        new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), 10001, 10002)
            .unit(LocalDate.of(2025, 9, 1), END, "DONE")
            .term(1, "1 четверть", LocalDate.of(2025, 9, 1), END)
            .termMark(10001, "Физика", "1 четверть", END, END.plusDays(1).atTime(23, 59))
            .termMark(10002, "Физика", "1 четверть", END, END.plusDays(2).atTime(0, 0))) {
      return f.audit(edit, CorrectionRegister.NONE).stream()
          .filter(x -> x.rule().equals(FinalMarksWithin1Day.CODE))
          .toList();
    }
  }

  @Test
  void theDayAfterTheTermEndIsInTimeAndMidnightAfterItIsLate() {
    assertThat(finals(UnaryOperator.identity()))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.studentId()).isEqualTo(10002);
              assertThat(x.lessonDate()).isEqualTo(END);
              assertThat(x.evidence())
                  .containsEntry("term", "1 четверть")
                  .containsEntry("deadline", "2025-10-26T00:00");
            });
  }

  @Test
  void resultsReceivedADayLaterMoveTheDeadline() {
    assertThat(
            finals(
                y ->
                    y.replace(
                        "received-days-after-term-end: 0", "received-days-after-term-end: 1")))
        .isEmpty();
  }
}
