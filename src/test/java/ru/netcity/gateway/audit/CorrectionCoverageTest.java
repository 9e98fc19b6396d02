package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.corrections.CorrectionRequest;

/**
 * Issue 11, item 9: a request covers the changes made from the moment the gateway filed it to the
 * end of the day apply-within-days (3) after its approval; changes before its filing stay 2.3.3
 * violations, and a request nothing carried out is CORRECTION_LOG's warning (2.3.4.2).
 */
class CorrectionCoverageTest {
  private static final LocalDate DAY = LocalDate.of(2025, 9, 10);

  /** Filed 15.09 16:00 and approved 17.09 10:00 (Tomsk): covers up to 20.09 inclusive. */
  private static CorrectionRequest request(LocalDate target) {
    return CorrectionLogTest.approved(
        target, "Физика", LocalDateTime.of(2025, 9, 15, 9, 0), LocalDateTime.of(2025, 9, 17, 3, 0));
  }

  private static LedgerFixture changedAt(LocalDateTime at) {
    return CorrectionLogTest.ledger()
        .mark(1, 10001, DAY, "Физика", DAY.atTime(15, 0))
        .revision("MARK", "CHANGED", DAY, "Физика", 10001, at);
  }

  @Test
  void aChangeMadeBeforeTheRequestWasFiledStaysAViolation() {
    CorrectionRequest request = request(DAY);

    assertThat(
            CorrectionLogTest.audit(
                changedAt(LocalDateTime.of(2025, 9, 15, 15, 59)),
                UnaryOperator.identity(),
                request))
        .extracting(Finding::rule, Finding::clause, Finding::severity, Finding::studentId)
        .containsExactlyInAnyOrder(
            tuple("NO_RETROACTIVE_CHANGE", "2.3.3", Severity.VIOLATION, 10001),
            tuple("CORRECTION_LOG", "2.3.4.2", Severity.WARNING, null));
  }

  @Test
  void aChangeFromTheFilingToTheEndOfTheApprovalsDaysIsCovered() {
    for (LocalDateTime at :
        new LocalDateTime[] {
          LocalDateTime.of(2025, 9, 15, 16, 0), // the minute of filing
          LocalDateTime.of(2025, 9, 16, 12, 0), // filed, not approved yet
          LocalDateTime.of(2025, 9, 20, 23, 59) // the last minute of the third day after approval
        }) {
      assertThat(CorrectionLogTest.audit(changedAt(at), UnaryOperator.identity(), request(DAY)))
          .as("changed at %s", at)
          .isEmpty();
    }
  }

  @Test
  void aChangeAfterTheApprovalsDaysIsAViolationAndTheRequestUnapplied() {
    assertThat(
            CorrectionLogTest.audit(
                changedAt(LocalDateTime.of(2025, 9, 21, 0, 0)),
                UnaryOperator.identity(),
                request(DAY)))
        .extracting(Finding::rule, x -> x.evidence().get("at"), x -> x.evidence().get("deadline"))
        .containsExactlyInAnyOrder(
            tuple("NO_RETROACTIVE_CHANGE", "2025-09-21T00:00", null),
            tuple("CORRECTION_LOG", null, "2025-09-21T00:00"));
  }

  @Test
  void theDaysAfterApprovalAreTheRuleSetsApplyWithinDays() {
    assertThat(
            CorrectionLogTest.audit(
                changedAt(LocalDateTime.of(2025, 9, 21, 0, 0)),
                y -> y.replace("apply-within-days: 3", "apply-within-days: 4"),
                request(DAY)))
        .isEmpty();
  }

  /**
   * A change within 2.3.3's window is no violation, yet it carries out the request all the same.
   */
  @Test
  void aChangeWithinTheRetroactiveWindowCarriesOutTheRequest() {
    CorrectionRequest filedNextMorning =
        CorrectionLogTest.approved(
            DAY,
            "Физика",
            LocalDateTime.of(2025, 9, 11, 1, 0),
            LocalDateTime.of(2025, 9, 11, 2, 0));

    assertThat(
            CorrectionLogTest.audit(
                changedAt(LocalDateTime.of(2025, 9, 11, 10, 0)),
                UnaryOperator.identity(),
                filedNextMorning))
        .isEmpty();
    assertThat(
            CorrectionLogTest.audit(
                CorrectionLogTest.ledger().mark(1, 10001, DAY, "Физика", DAY.atTime(15, 0)),
                UnaryOperator.identity(),
                filedNextMorning))
        .extracting(Finding::rule)
        .containsExactly("CORRECTION_LOG");
  }

  /** A deletion of unknown time that may have been made after the filing is covered. */
  @Test
  void aDeletionOfUnknownTimeIsCoveredWhenItMayHaveBeenMadeAfterTheFiling() {
    String key = "MARK:1:10001";
    // last seen 15.09 13:00, confirmed deleted 16.09 03:00 (Tomsk): filed in between
    LedgerFixture mayBeAfter =
        CorrectionLogTest.ledger()
            .mark(1, 10001, DAY, "Физика", null)
            .deleted(key)
            .event("ADDED", key, DAY, "Физика", 10001, null, LocalDateTime.of(2025, 9, 15, 6, 0))
            .event(
                "DELETED", key, DAY, "Физика", 10001, null, LocalDateTime.of(2025, 9, 15, 20, 0));
    // confirmed deleted 15.09 15:00 (Tomsk), before the filing
    LedgerFixture before =
        CorrectionLogTest.ledger()
            .mark(1, 10001, DAY, "Физика", null)
            .deleted(key)
            .event("ADDED", key, DAY, "Физика", 10001, null, LocalDateTime.of(2025, 9, 15, 6, 0))
            .event("DELETED", key, DAY, "Физика", 10001, null, LocalDateTime.of(2025, 9, 15, 8, 0));

    assertThat(CorrectionLogTest.audit(mayBeAfter, UnaryOperator.identity(), request(DAY)))
        .isEmpty();
    assertThat(CorrectionLogTest.audit(before, UnaryOperator.identity(), request(DAY)))
        .extracting(Finding::rule)
        .containsExactlyInAnyOrder("NO_RETROACTIVE_CHANGE", "CORRECTION_LOG");
  }

  /**
   * The living mock's TERM_MARK_CORRECTED: a term mark entered on time and corrected five days
   * after the term ended. The mock files no request, so its truth is a 2.3.3 violation; a request
   * filed before the correction covers it, one filed after it does not.
   */
  @Test
  void aCorrectedTermMarkIsCoveredOnlyByARequestFiledBeforeTheCorrection() {
    LocalDate termEnd = LocalDate.of(2025, 10, 24);
    LocalDateTime correctedAt = LocalDateTime.of(2025, 10, 29, 11, 0);
    Supplier<LedgerFixture> corrected =
        () ->
            CorrectionLogTest.ledger()
                .termMark(10002, "Физика", "1 четверть", termEnd, termEnd.atTime(18, 0))
                .revision("TERM_MARK", "CHANGED", termEnd, "Физика", 10002, correctedAt);
    // UTC: filed 10:00 and approved 11:00 in Tomsk; filed and approved 12:00 in Tomsk
    CorrectionRequest filedBefore =
        CorrectionLogTest.approved(
            termEnd,
            "Физика",
            LocalDateTime.of(2025, 10, 29, 3, 0),
            LocalDateTime.of(2025, 10, 29, 4, 0));
    CorrectionRequest filedAfter =
        CorrectionLogTest.approved(
            termEnd,
            "Физика",
            LocalDateTime.of(2025, 10, 29, 5, 0),
            LocalDateTime.of(2025, 10, 29, 5, 0));

    assertThat(CorrectionLogTest.audit(corrected.get(), UnaryOperator.identity()))
        .extracting(Finding::rule, Finding::studentId, Finding::lessonDate)
        .containsExactly(tuple("NO_RETROACTIVE_CHANGE", 10002, termEnd));
    assertThat(CorrectionLogTest.audit(corrected.get(), UnaryOperator.identity(), filedBefore))
        .isEmpty();
    assertThat(CorrectionLogTest.audit(corrected.get(), UnaryOperator.identity(), filedAfter))
        .extracting(Finding::rule)
        .containsExactlyInAnyOrder("NO_RETROACTIVE_CHANGE", "CORRECTION_LOG");
  }
}
