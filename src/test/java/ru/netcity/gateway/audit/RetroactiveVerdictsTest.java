package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, items 3–6: the exact verdicts on first entries and later edits, written works graded
 * within their period, deletions timed by the journal log or not at all, and every kind of record.
 */
class RetroactiveVerdictsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 9, 10);

  private static LedgerFixture ledger() {
    return new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), 10001, 10002)
        .unit(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 24), "DONE");
  }

  private static List<Finding> audit(LedgerFixture f, UnaryOperator<String> edit) {
    try (f) {
      return f.audit(edit, CorrectionRegister.NONE);
    }
  }

  /** Item 3: «Н» entered on time and changed to «Б» four days later is 2.3.3's, not 2.1's. */
  @Test
  void anAbsenceEnteredOnTimeAndChangedDaysLaterIsARetroactiveChangeOnly() {
    LedgerFixture f =
        ledger()
            .absence(10001, DAY, 2, "Физика", DAY.atTime(9, 30))
            .revision("ABSENCE", "CHANGED", DAY, "Физика", 10001, DAY.plusDays(4).atTime(10, 0));

    assertThat(audit(f, UnaryOperator.identity()))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo(NoRetroactiveChange.CODE);
              assertThat(x.studentId()).isEqualTo(10001);
              assertThat(x.evidence())
                  .containsEntry("how", "changed")
                  .containsEntry("kind", "ABSENCE")
                  .containsEntry("at", "2025-09-14T10:00");
            });
  }

  /** Item 4: a control work's marks first entered within its grading period are no violation. */
  @Test
  void aWrittenWorkGradedWithinItsPeriodIsNotRetroactive() {
    LedgerFixture f =
        ledger()
            .work(1, DAY, 2, "Физика", 10001, 10002)
            .mark(1, 10001, DAY, "Физика", DAY.plusDays(7).atTime(18, 0))
            .mark(1, 10002, DAY, "Физика", DAY.plusDays(8).atTime(0, 0));

    assertThat(audit(f, UnaryOperator.identity()))
        .filteredOn(x -> x.rule().equals(NoRetroactiveChange.CODE))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.studentId()).isEqualTo(10002);
              assertThat(x.evidence()).containsEntry("windowEnd", "2025-09-18T00:00");
            });
  }

  /** Item 4: the period is a rule-set parameter per category. */
  @Test
  void theGradingPeriodIsAParameterPerCategory() {
    LedgerFixture f =
        ledger()
            .work(1, DAY, 2, "Физика", 10001, 10002)
            .mark(1, 10001, DAY, "Физика", DAY.plusDays(9).atTime(18, 0))
            .mark(1, 10002, DAY, "Физика", DAY.plusDays(9).atTime(18, 0));

    assertThat(audit(f, t -> t.replace("CONTROL: 7", "CONTROL: 10")))
        .filteredOn(x -> x.rule().equals(NoRetroactiveChange.CODE))
        .isEmpty();
  }

  /** Item 5: a deletion the log times the next morning is within the window. */
  @Test
  void aDeletionIsTimedByTheJournalLogNotByTheGatewaysConfirmation() {
    String key = "MARK:1:10001";
    LedgerFixture f =
        ledger()
            .mark(1, 10001, DAY, "Физика", DAY.atTime(15, 0))
            .deleted(key)
            .revision("MARK", "DELETED", DAY, "Физика", 10001, DAY.plusDays(1).atTime(8, 0))
            .event("DELETED", key, DAY, "Физика", 10001, null, DAY.plusDays(3).atTime(20, 0));

    assertThat(audit(f, UnaryOperator.identity()))
        .filteredOn(x -> x.rule().equals(NoRetroactiveChange.CODE))
        .isEmpty();
  }

  /**
   * Item 5: without a logged time, a deletion confirmed after the window but possibly made within
   * it (the gateway last saw the entry the night after the lesson) counts not against the teacher.
   */
  @Test
  void aDeletionOfUnknownTimeThatMayFallInTheWindowIsNoViolation() {
    String key = "MARK:1:10001";
    LedgerFixture f =
        ledger()
            .mark(1, 10001, DAY, "Физика", null)
            .deleted(key)
            .event("ADDED", key, DAY, "Физика", 10001, null, DAY.atTime(19, 30))
            .event("DELETED", key, DAY, "Физика", 10001, null, DAY.plusDays(3).atTime(20, 0));

    assertThat(audit(f, UnaryOperator.identity()))
        .filteredOn(x -> x.rule().equals(NoRetroactiveChange.CODE))
        .isEmpty();
  }

  /** Item 6: topics, homework, dots and term marks changed late are 2.3.3 violations too. */
  @Test
  void everyKindOfRecordChangedLateIsAViolationUnlessTheRuleSetLeavesItOut() {
    LocalDateTime late = DAY.plusDays(5).atTime(12, 0);
    LocalDate termEnd = LocalDate.of(2025, 10, 24);
    LedgerFixture f =
        ledger()
            .revision("TOPIC", "CHANGED", DAY, "Физика", null, late)
            .revision("HOMEWORK", "CHANGED", DAY, "Химия", null, late)
            .revision("DOT", "CHANGED", DAY, "Физика", 10001, late)
            .revision(
                "TERM_MARK", "CHANGED", termEnd, "Физика", 10002, termEnd.plusDays(5).atTime(9, 0));

    List<Finding> all = audit(f, UnaryOperator.identity());
    assertThat(all)
        .filteredOn(x -> x.rule().equals(NoRetroactiveChange.CODE))
        .extracting(x -> x.evidence().get("kind"))
        .containsExactlyInAnyOrder("TOPIC", "HOMEWORK", "DOT", "TERM_MARK");
  }

  @Test
  void aKindLeftOutOfTheRuleSetIsNotJudged() {
    LedgerFixture f =
        ledger().revision("TOPIC", "CHANGED", DAY, "Физика", null, DAY.plusDays(5).atTime(12, 0));

    assertThat(
            audit(
                f,
                t ->
                    t.replace(
                        "kinds: [MARK, DOT, TOPIC, HOMEWORK, ABSENCE, TERM_MARK]\n    # Grading",
                        "kinds: [MARK]\n    # Grading")))
        .filteredOn(x -> x.rule().equals(NoRetroactiveChange.CODE))
        .isEmpty();
  }
}
