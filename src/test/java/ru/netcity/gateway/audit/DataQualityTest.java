package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The newest sync's data-quality issues become сведения of the class they came from. */
class DataQualityTest {
  @Test
  void anUnknownAttendanceLetterIsReportedForItsClass() {
    try (LedgerFixture f =
        new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), 10001)
            .unit(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 24), "DONE")) {
      new JdbcTemplate(f.dataSource())
          .update(
              "INSERT INTO data_quality_issue (run_id, unit_key, code_table, code, what)"
                  + " VALUES (?, '1001:7001:2025-09-01:2025-10-24', 'attendance-codes', 'ХЗ',"
                  + " 'an attendance letter missing from the table')",
              LedgerFixture.RUN);

      assertThat(f.audit())
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.rule()).isEqualTo(DataQuality.CODE);
                assertThat(x.severity()).isEqualTo(Severity.INFO);
                assertThat(x.className()).isEqualTo("7А");
                assertThat(x.evidence()).containsEntry("code", "ХЗ");
              });
    }
  }
}
