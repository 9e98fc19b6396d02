package ru.netcity.gateway.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.cli.CommandLine;
import ru.netcity.gateway.support.GatewayProcesses;
import ru.netcity.gateway.support.SchoolLedger;
import ru.netcity.gateway.support.TestDatabase;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/**
 * Kills a real {@code archive create} process (SIGKILL) while it writes: no snapshot is visible
 * under its final name in either location, and the next run removes the remains and completes it.
 */
class ArchiveKillTest {
  private final Path dataDir =
      Path.of("target", "archive-kill-" + UUID.randomUUID()).toAbsolutePath();

  @Test
  void aKilledWriteLeavesNoVisibleSnapshotAndTheNextRunCompletesIt() throws Exception {
    try (TestDatabase db = TestDatabase.postgres("archive_kill")) {
      var school = SchoolGenerator.generate(new SchoolOptions(17, 150));
      new SchoolLedger(school).fill(db.dataSource(), java.time.Clock.systemUTC());
      String[] settings = settings(db);

      Process create =
          GatewayProcesses.start(settings, "archive", "create", "--term", "2026-05-26");
      BufferedReader err =
          new BufferedReader(
              new InputStreamReader(create.getErrorStream(), StandardCharsets.UTF_8));
      String seen =
          CompletableFuture.supplyAsync(() -> GatewayProcesses.waitFor(err, "archive: journal 2/"))
              .get(3, TimeUnit.MINUTES);
      create.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

      assertThat(seen).contains("archive: journal 2/");
      for (String location : List.of("archive-a", "archive-b")) {
        assertThat(snapshots(dataDir.resolve(location))).isEmpty();
        assertThat(snapshots(dataDir.resolve(location).resolve(".incomplete"))).hasSize(1);
      }

      assertThat(GatewayProcesses.run(settings, "archive", "create", "--term", "2026-05-26"))
          .isEqualTo(CommandLine.COMPLETE);
      assertThat(GatewayProcesses.run(settings, "archive", "verify", "--all"))
          .isEqualTo(CommandLine.COMPLETE);
      for (String location : List.of("archive-a", "archive-b")) {
        assertThat(snapshots(dataDir.resolve(location)))
            .containsExactly("school-" + school.id() + "-term-2026-05-26");
        assertThat(snapshots(dataDir.resolve(location).resolve(".incomplete"))).isEmpty();
      }
    }
  }

  private String[] settings(TestDatabase db) {
    List<String> settings =
        new ArrayList<>(
            List.of(
                "--gateway.data-dir=" + dataDir,
                "--gateway.embedded-mock.enabled=false",
                "--gateway.archive.student-names-from-ais=false"));
    settings.addAll(List.of(db.gatewaySettings()));
    return settings.toArray(String[]::new);
  }

  private static List<String> snapshots(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(dir)) {
      return children
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith("."))
          .toList();
    }
  }
}
