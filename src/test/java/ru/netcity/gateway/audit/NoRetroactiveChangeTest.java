package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.corrections.CorrectionRequest;

/** Clause 2.3.3: the window after the lesson, deletions from the history, approved corrections. */
class NoRetroactiveChangeTest {
  private static final LocalDate DAY = LocalDate.of(2025, 9, 10);

  private static List<Finding> retro(LedgerFixture f, CorrectionRegister register) {
    try (f) {
      return f.audit(UnaryOperator.identity(), register).stream()
          .filter(x -> x.rule().equals(NoRetroactiveChange.CODE))
          .toList();
    }
  }

  private static LedgerFixture ledger() {
    return new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), 10001, 10002)
        .unit(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 24), "DONE");
  }

  @Test
  void aMarkIsAllowedUntilTheEndOfTheDayAfterTheLesson() {
    LedgerFixture f =
        ledger()
            .mark(1, 10001, DAY, "Физика", DAY.plusDays(1).atTime(23, 59))
            .mark(1, 10002, DAY, "Физика", DAY.plusDays(2).atTime(0, 0));

    assertThat(retro(f, CorrectionRegister.NONE))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.studentId()).isEqualTo(10002);
              assertThat(x.evidence())
                  .containsEntry("windowEnd", "2025-09-12T00:00")
                  .containsEntry("lagMinutes", 0);
            });
  }

  @Test
  void anApprovedCorrectionRequestClearsTheChange() {
    // filed 16:00, approved 17:00 (Tomsk) that day
    LedgerFixture f = ledger().mark(1, 10002, DAY, "Физика", DAY.plusDays(6).atTime(17, 30));

    assertThat(retro(f, () -> List.of(CorrectionLogTest.approved(DAY, "Физика", DAY.plusDays(6)))))
        .isEmpty();
  }

  @Test
  void aBackdatedRequestDoesNotCoverAChangeMadeBeforeItWasFiled() {
    LedgerFixture f = ledger().mark(1, 10002, DAY, "Физика", DAY.plusDays(6).atTime(15, 0));
    // Dated the day after the lesson, but the server filed it on day 10, after the change.
    CorrectionRequest honest = CorrectionLogTest.approved(DAY, "Физика", DAY.plusDays(10));
    CorrectionRequest backdated =
        new CorrectionRequest(
            honest.id(),
            DAY.plusDays(1),
            honest.className(),
            honest.teacher(),
            honest.targetDate(),
            honest.subject(),
            honest.changes(),
            honest.reason(),
            honest.basisDocument(),
            honest.status(),
            honest.decidedBy(),
            honest.decidedAt(),
            honest.decisionComment(),
            honest.filedAt(),
            honest.changesMade());

    assertThat(retro(f, () -> List.of(backdated)))
        .singleElement()
        .satisfies(x -> assertThat(x.evidence()).containsEntry("approvedCorrection", false));
  }

  @Test
  void aDeletionTheGatewaySawAfterTheWindowIsRetroactive() {
    String key = "MARK:1:10001";
    LedgerFixture f =
        ledger()
            .mark(1, 10001, DAY, "Физика", DAY.atTime(15, 0))
            .deleted(key)
            .event(
                "DELETED", key, DAY, "Физика", 10001, null, LocalDateTime.of(2025, 9, 19, 20, 0));

    assertThat(retro(f, CorrectionRegister.NONE))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.evidence())
                  .containsEntry("how", "deleted")
                  .containsEntry("at", "2025-09-20T03:00");
              assertThat(x.message()).contains("удалена");
            });
  }
}
