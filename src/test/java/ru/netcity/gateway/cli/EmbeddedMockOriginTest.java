package ru.netcity.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.GatewayApplication;
import ru.netcity.gateway.support.TestDatabase;

/**
 * The embedded default over a ledger that holds a school of a real AIS: the mock is not started and
 * {@code sync --once} says why, instead of writing a generated school into a real ledger.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedMockOriginTest {
  @Test
  void theEmbeddedMockIsNotStartedOverALedgerOfARealAis(CapturedOutput output) {
    Path dataDir = Path.of("target", "origin-" + UUID.randomUUID()).toAbsolutePath();
    String[] settings = {"--gateway.data-dir=" + dataDir, "--gateway.embedded-mock.students=20"};
    assertThat(run(settings, "status")).isEqualTo(CommandLine.COMPLETE); // migrates the new file
    try (TestDatabase db = TestDatabase.h2File(dataDir.resolve("gateway"))) {
      new JdbcTemplate(db.dataSource())
          .update(
              "INSERT INTO school_origin (school_id, origin, recorded_at) VALUES (?, ?, ?)",
              4242,
              "https://sgo.example.ru",
              LocalDateTime.of(2026, 9, 1, 3, 0));
    }

    int sync = run(settings, "sync", "--once");

    assertThat(sync).isEqualTo(CommandLine.ERROR);
    assertThat(output.getErr())
        .contains(
            "no AIS configured, and the embedded mock is not started: this ledger holds schools"
                + " of a real AIS {4242=https://sgo.example.ru}");
    assertThat(output.getOut()).doesNotContain("sync complete");
  }

  private static int run(String[] settings, String... words) {
    return GatewayApplication.runCommand(Command.parse(words).orElseThrow(), settings);
  }
}
