package ru.netcity.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.support.GatewayProcesses;
import ru.netcity.gateway.support.SchoolLedger;
import ru.netcity.gateway.support.Tamper;
import ru.netcity.gateway.support.TestDatabase;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/**
 * {@code verify} and the audit as the administrator runs them, on H2 and PostgreSQL with a
 * generated school: an intact ledger verifies (exit 0) and is anchored; once the tail of
 * ledger_event is cut together with ledger_head, verify names the first missing seq (exit 3) and
 * the audit refuses the ledger without writing findings.
 */
@ExtendWith(OutputCaptureExtension.class)
class VerifyCommandTest {
  final Path dataDir = Path.of("target", "verify-cli-" + UUID.randomUUID()).toAbsolutePath();

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aCutTailIsFoundThanksToTheAnchorAndTheAuditRefusesTheLedger(
      String engine, CapturedOutput output) {
    try (TestDatabase db =
        engine.equals("h2") ? TestDatabase.h2() : TestDatabase.postgres("verify_cli")) {
      var school = SchoolGenerator.generate(new SchoolOptions(5, 20));
      new SchoolLedger(school).fill(db.dataSource(), java.time.Clock.systemUTC());
      JdbcTemplate sql = new JdbcTemplate(db.dataSource());
      long head =
          sql.queryForObject(
              "SELECT seq FROM ledger_head WHERE school_id = ?", Long.class, school.id());

      assertThat(run(db, "verify")).isZero();
      assertThat(output.getOut())
          .contains("Журнал школы " + school.id() + " цел: " + head + " событий");
      assertThat(run(db, "audit")).isZero();

      JdbcTemplate attacker = Tamper.allowEdits(db.dataSource());
      long cut = head - 10;
      attacker.update("DELETE FROM ledger_event WHERE school_id = ? AND seq > ?", school.id(), cut);
      attacker.update(
          "UPDATE ledger_head SET seq = ?, hash = (SELECT hash FROM ledger_event"
              + " WHERE school_id = ? AND seq = ?) WHERE school_id = ?",
          cut,
          school.id(),
          cut,
          school.id());
      long audits = sql.queryForObject("SELECT COUNT(*) FROM audit_run", Long.class);

      assertThat(run(db, "verify", "--school", Integer.toString(school.id())))
          .isEqualTo(CommandLine.BROKEN);
      assertThat(output.getOut())
          .contains(
              "Журнал школы "
                  + school.id()
                  + " ПОВРЕЖДЁН: первое нарушение на seq "
                  + (cut + 1)
                  + ": журнал короче, чем записано в якоре вне базы (хвост удалён)");

      assertThat(run(db, "audit")).isEqualTo(CommandLine.BROKEN);
      assertThat(output.getErr()).contains("ПОВРЕЖДЁН", "Аудит не выполнен");
      assertThat(sql.queryForObject("SELECT COUNT(*) FROM audit_run", Long.class))
          .isEqualTo(audits);
    }
  }

  private int run(TestDatabase db, String... words) {
    List<String> settings =
        new ArrayList<>(
            List.of(
                "--gateway.data-dir=" + dataDir,
                "--gateway.embedded-mock.enabled=false",
                "--gateway.audit.student-names-from-ais=false"));
    settings.addAll(List.of(db.gatewaySettings()));
    return GatewayProcesses.run(settings.toArray(String[]::new), words);
  }
}
