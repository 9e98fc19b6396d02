package ru.netcity.gateway.archive.sign;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.netcity.gateway.GatewayApplication;
import ru.netcity.gateway.cli.Command;
import ru.netcity.gateway.support.SchoolLedger;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/**
 * {@code archive create} from the command line with a time-stamping authority configured: the
 * command line has no routes running, so the TSA route is loaded on first use, and the snapshot's
 * signature carries the authority's timestamp (CAdES-T).
 */
class ArchiveTimestampCommandTest {
  @TempDir Path dataDir;

  @Test
  void theCommandLineStampsTheSnapshotThroughTheCamelRoute() throws Exception {
    TestTsa tsa = new TestTsa();
    WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().extensions(tsa));
    server.start();
    try {
      server.stubFor(post("/tsp").willReturn(aResponse().withTransformers("tsa")));
      fill(dataDir);
      String[] args = {
        "archive",
        "create",
        "--gateway.data-dir=" + dataDir,
        "--gateway.embedded-mock.enabled=false",
        "--gateway.archive.student-names-from-ais=false",
        "--gateway.archive.signing.tsa-url=http://127.0.0.1:" + server.port() + "/tsp"
      };

      assertThat(GatewayApplication.runCommand(Command.parse(args).orElseThrow(), args)).isZero();

      Path bag;
      try (var snapshots = Files.list(dataDir.resolve("archive-a"))) {
        bag =
            snapshots
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .findFirst()
                .orElseThrow();
      }
      SignatureVerifier.Verdict verdict =
          SignatureVerifier.verify(
              Files.readAllBytes(bag.resolve("bag-signature.p7s")),
              Files.readAllBytes(bag.resolve("tagmanifest-sha512.txt")),
              List.of());
      assertThat(verdict.valid()).isTrue();
      assertThat(verdict.timestampTime()).isNotNull();
    } finally {
      server.stop();
    }
  }

  /** The gateway's own H2 file database under the data dir, holding a small generated school. */
  private static void fill(Path dataDir) {
    try (HikariDataSource db = new HikariDataSource()) {
      db.setJdbcUrl(
          "jdbc:h2:file:"
              + dataDir.resolve("gateway")
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
      db.setUsername("sa");
      Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
      new SchoolLedger(SchoolGenerator.generate(new SchoolOptions(2, 20)))
          .fill(db, Clock.systemUTC());
    }
  }
}
