package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.corrections.CorrectionRequest;
import ru.netcity.gateway.corrections.CorrectionStatus;

/** Clause 2.3.4.2: approved requests are matched with later changes and must be applied. */
class CorrectionLogTest {
  private static final LocalDate DAY = LocalDate.of(2025, 9, 10);
  private static final AtomicLong IDS = new AtomicLong();

  /**
   * An approved request of class 7А for that lesson, filed (09:00 UTC, 16:00 in Tomsk) and approved
   * (10:00 UTC, 17:00 in Tomsk) that day.
   */
  static CorrectionRequest approved(LocalDate target, String subject, LocalDate requestedOn) {
    return approved(target, subject, requestedOn.atTime(9, 0), requestedOn.atTime(10, 0));
  }

  /** An approved request of class 7А for that lesson, filed and approved at those UTC times. */
  static CorrectionRequest approved(
      LocalDate target, String subject, LocalDateTime filedUtc, LocalDateTime approvedUtc) {
    return new CorrectionRequest(
        IDS.incrementAndGet(),
        AuditContext.local(filedUtc, LedgerFixture.ZONE).toLocalDate(),
        "7А",
        "Сидорова А. Б.",
        target,
        subject,
        "«3» → «4»",
        "ошибка ввода",
        null,
        CorrectionStatus.APPROVED,
        "Петрова Е. В.",
        approvedUtc,
        null,
        filedUtc,
        "«3» заменена на «4»");
  }

  static List<Finding> audit(
      LedgerFixture f, UnaryOperator<String> edit, CorrectionRequest... approved) {
    try (f) {
      return f.audit(edit, () -> List.of(approved)).stream()
          .filter(
              x -> x.rule().equals(CorrectionLog.CODE) || x.rule().equals(NoRetroactiveChange.CODE))
          .toList();
    }
  }

  static LedgerFixture ledger() {
    return new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), 10001, 10002)
        .unit(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31), "DONE");
  }

  @Test
  void aChangeAfterTheRequestCarriesItOutAndIsNoRetroactiveViolation() {
    LedgerFixture f = ledger().mark(1, 10001, DAY, "Физика", DAY.plusDays(6).atTime(15, 0));

    assertThat(audit(f, UnaryOperator.identity(), approved(DAY, "Физика", DAY.plusDays(5))))
        .isEmpty();
  }

  @Test
  void anApprovedRequestWithNoChangeIsAWarningOnceItsDaysHavePassed() {
    CorrectionRequest request = approved(DAY, "Физика", DAY.plusDays(5));

    assertThat(audit(ledger(), UnaryOperator.identity(), request))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo("CORRECTION_LOG");
              assertThat(x.clause()).isEqualTo("2.3.4.2");
              assertThat(x.severity()).isEqualTo(Severity.WARNING);
              assertThat(x.className()).isEqualTo("7А");
              assertThat(x.subject()).isEqualTo("Физика");
              assertThat(x.lessonDate()).isEqualTo(DAY);
              assertThat(x.evidence())
                  .containsEntry("request", (int) request.id())
                  .containsEntry("filedAt", "2025-09-15T16:00")
                  .containsEntry("approvedAt", "2025-09-15T17:00")
                  .containsEntry("deadline", "2025-09-19T00:00");
              assertThat(x.message())
                  .isEqualTo(
                      "Одобренная заявка №%d от 15.09.2025 на замену сведений за 10.09.2025 (7А,"
                          + " «Физика») не исполнена: изменений в журнале с подачи заявки по"
                          + " 18.09.2025 не найдено (п. 2.3.4.2).",
                      request.id());
            });
  }

  @Test
  void aChangeBeforeTheRequestOrOfAnotherSubjectDoesNotCarryItOut() {
    LedgerFixture f =
        ledger()
            .mark(1, 10001, DAY, "Физика", DAY.plusDays(3).atTime(12, 0))
            .mark(2, 10002, DAY, "Химия", DAY.plusDays(6).atTime(12, 0));

    assertThat(audit(f, UnaryOperator.identity(), approved(DAY, "Физика", DAY.plusDays(5))))
        .extracting(Finding::rule, Finding::subject, Finding::studentId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("CORRECTION_LOG", "Физика", null),
            org.assertj.core.groups.Tuple.tuple("NO_RETROACTIVE_CHANGE", "Физика", 10001),
            org.assertj.core.groups.Tuple.tuple("NO_RETROACTIVE_CHANGE", "Химия", 10002));
  }

  @Test
  void aRecentApprovalStillHasTimeUntilApplyWithinDaysHavePassed() {
    // The audited sync ran 01.06.2026 07:00 in Tomsk; approved 30.05 at 17:00 local.
    CorrectionRequest recent = approved(DAY, "Физика", LocalDate.of(2026, 5, 30));

    assertThat(audit(ledger(), UnaryOperator.identity(), recent)).isEmpty();
    assertThat(
            audit(ledger(), y -> y.replace("apply-within-days: 3", "apply-within-days: 0"), recent))
        .extracting(Finding::rule)
        .containsExactly("CORRECTION_LOG");
  }
}
