package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.ledger.Verification;
import ru.netcity.gateway.support.TestDatabase;

/**
 * The audit reads one consistent snapshot: a sync that commits between two of the audit's reads
 * (here: the unit that was incomplete is now DONE) is in none of them, and in the next audit.
 */
class AuditSnapshotTest {
  private static final LocalDate DAY = LocalDate.of(2025, 9, 10);

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aSyncCommittingDuringTheAuditIsNotHalfInIt(String engine) {
    TestDatabase db = engine.equals("h2") ? TestDatabase.h2() : TestDatabase.postgres("snapshot");
    try (LedgerFixture f =
        new LedgerFixture(db, LocalDateTime.of(2026, 6, 1, 0, 0), 10001)
            .unit(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), "INCOMPLETE")
            .unit(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 24), "DONE")
            .lesson(1, DAY, 1, "08:30", "09:10", "Физика")
            .homework(11, DAY, "Физика", DAY.plusDays(3).atTime(9, 0))
            .lesson(2, DAY.plusMonths(1), 1, "08:30", "09:10", "Физика")
            .homework(
                12, DAY.plusMonths(1), "Физика", DAY.plusMonths(1).plusDays(3).atTime(9, 0))) {
      JdbcTemplate sync = new JdbcTemplate(f.dataSource());
      LedgerGate meanwhile =
          new LedgerGate() {
            @Override
            public Verification verify(DataSource snapshot, int schoolId) {
              new JdbcTemplate(snapshot)
                  .queryForObject("SELECT COUNT(*) FROM work_unit", Long.class);
              sync.update("UPDATE work_unit SET status = 'DONE' WHERE status = 'INCOMPLETE'");
              return LedgerFixture.UNCHECKED.verify(snapshot, schoolId);
            }

            @Override
            public void record(Verification verification) {}
          };

      AuditRun during = f.auditRun(meanwhile);

      assertThat(during.unitsDone()).isEqualTo(1);
      assertThat(during.incompleteClasses()).containsExactly("7А");
      assertThat(new AuditStore(f.dataSource()).findings(during.id(), FindingFilter.ALL))
          .isNotEmpty()
          .allSatisfy(x -> assertThat(x.lessonDate()).isEqualTo(DAY.plusMonths(1)));
      AuditRun after = f.auditRun();
      assertThat(after.unitsDone()).isEqualTo(2);
      assertThat(after.incompleteClasses()).isEmpty();
    }
  }
}
