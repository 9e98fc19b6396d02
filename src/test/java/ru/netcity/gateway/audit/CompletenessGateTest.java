package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A unit that did not finish DONE keeps its window out of the audit and names its class. */
class CompletenessGateTest {
  private static final LocalDate DAY = LocalDate.of(2025, 9, 10);

  @Test
  void anIncompleteUnitProducesNoFindingsAndIsReported() {
    try (LedgerFixture f =
        new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), 10001)
            .unit(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), "INCOMPLETE")
            .unit(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 24), "DONE")
            .lesson(1, DAY, 1, "08:30", "09:10", "Физика")
            .homework(11, DAY, "Физика", DAY.plusDays(3).atTime(9, 0))
            .lesson(2, DAY.plusMonths(1), 1, "08:30", "09:10", "Физика")
            .homework(
                12, DAY.plusMonths(1), "Физика", DAY.plusMonths(1).plusDays(3).atTime(9, 0))) {
      AuditRun run = f.auditRun();

      assertThat(run.unitsDone()).isEqualTo(1);
      assertThat(run.unitsTotal()).isEqualTo(2);
      assertThat(run.incompleteClasses()).containsExactly("7А");
      assertThat(new AuditStore(f.dataSource()).findings(run.id(), FindingFilter.ALL))
          .isNotEmpty()
          .allSatisfy(x -> assertThat(x.lessonDate()).isEqualTo(DAY.plusMonths(1)));
    }
  }
}
