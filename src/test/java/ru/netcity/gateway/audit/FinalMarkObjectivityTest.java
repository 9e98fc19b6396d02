package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Clause 3.3.3: a term mark more than max-deviation from the pupil's average of his current marks
 * in the term is a warning; exactly at it, or with too few marks, it is not.
 */
class FinalMarkObjectivityTest {
  private static final LocalDate START = LocalDate.of(2025, 9, 1);
  private static final LocalDate END = LocalDate.of(2025, 10, 24);
  private static final String PHYSICS = "Физика";

  /**
   * Pupil 10001: marks 5, 5, 4 (average 4,67), term mark 3 — 1,67 off. Pupil 10002: marks 4, 4, 3,
   * 3 (average 3,50), term mark 5 — 1,50 off. Pupil 10003: marks 4, 4 (average 4,00), term mark 3 —
   * exactly 1,00 off. Pupil 10004: marks 5, 5 in the term and 2, 2 after it, term mark 5.
   */
  private static List<Finding> objectivity(UnaryOperator<String> edit) {
    LocalDate d = LocalDate.of(2025, 9, 10);
    try (LedgerFixture f =
        new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), 10001, 10002, 10003, 10004)
            .unit(START, LocalDate.of(2025, 12, 26), "DONE")
            .term(1, "1 четверть", START, END)
            .term(2, "2 четверть", LocalDate.of(2025, 11, 5), LocalDate.of(2025, 12, 26))
            .lesson(1, d, 1, "08:30", "09:10", PHYSICS)
            .teacher(1, d, 1, PHYSICS, "Петрова А. В.")
            .mark(11, 10001, d, PHYSICS, 5)
            .mark(12, 10001, d, PHYSICS, 5)
            .mark(13, 10001, d, PHYSICS, 4)
            .termMark(10001, PHYSICS, "1 четверть", END, 3)
            .mark(11, 10002, d, PHYSICS, 4)
            .mark(12, 10002, d, PHYSICS, 4)
            .mark(13, 10002, d, PHYSICS, 3)
            .mark(14, 10002, d, PHYSICS, 3)
            .termMark(10002, PHYSICS, "1 четверть", END, 5)
            .mark(11, 10003, d, PHYSICS, 4)
            .mark(12, 10003, d, PHYSICS, 4)
            .termMark(10003, PHYSICS, "1 четверть", END, 3)
            .mark(11, 10004, d, PHYSICS, 5)
            .mark(12, 10004, d, PHYSICS, 5)
            .mark(21, 10004, LocalDate.of(2025, 11, 10), PHYSICS, 2)
            .mark(22, 10004, LocalDate.of(2025, 11, 10), PHYSICS, 2)
            .termMark(10004, PHYSICS, "1 четверть", END, 5)) {
      return f.audit(edit, CorrectionRegister.NONE).stream()
          .filter(x -> x.rule().equals(FinalMarkObjectivity.CODE))
          .toList();
    }
  }

  @Test
  void aTermMarkMoreThanOnePointOffTheAverageIsAWarningNamingBoth() {
    List<Finding> found = objectivity(UnaryOperator.identity());
    assertThat(found).extracting(Finding::studentId).containsExactlyInAnyOrder(10001, 10002);
    assertThat(found)
        .filteredOn(x -> x.studentId() == 10001)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.WARNING);
              assertThat(x.clause()).isEqualTo("3.3.3");
              assertThat(x.lessonDate()).isEqualTo(END);
              assertThat(x.subject()).isEqualTo(PHYSICS);
              assertThat(x.teacher()).isEqualTo("Петрова А. В.");
              assertThat(x.evidence())
                  .containsEntry("term", "1 четверть")
                  .containsEntry("termMark", 3)
                  .containsEntry("average", 4.67)
                  .containsEntry("marks", 3)
                  .containsEntry("maxDeviation", 1.0);
              assertThat(x.message())
                  .isEqualTo(
                      "Итоговая отметка «3» по предмету «Физика» за период «1 четверть»"
                          + " отличается от среднего балла текущих отметок ученика 4,67"
                          + " (отметок: 3) более чем на 1,00 (п. 3.3.3).");
            });
  }

  @Test
  void aWiderAllowanceOrAHigherMinimumOfMarksFindsFewer() {
    assertThat(objectivity(y -> y.replace("max-deviation: 1.0", "max-deviation: 1.5")))
        .extracting(Finding::studentId)
        .containsExactly(10001);
    assertThat(objectivity(y -> y.replace("min-marks: 1", "min-marks: 4")))
        .extracting(Finding::studentId)
        .containsExactly(10002);
  }
}
