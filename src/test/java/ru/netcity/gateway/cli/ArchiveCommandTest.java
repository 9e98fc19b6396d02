package ru.netcity.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import ru.netcity.gateway.support.GatewayProcesses;
import ru.netcity.gateway.support.SchoolLedger;
import ru.netcity.gateway.support.TestDatabase;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/**
 * {@code archive …} as the administrator runs it, on PostgreSQL with a generated school: create a
 * term snapshot, list, verify (0 intact, 3 repaired, 4 beyond repair), copy to a drive for the
 * safe, check the drive, restore.
 */
@ExtendWith(OutputCaptureExtension.class)
class ArchiveCommandTest {
  static final String YEAR_END = "2026-05-26";
  static TestDatabase db;
  static int school;
  final Path dataDir = Path.of("target", "archive-cli-" + UUID.randomUUID()).toAbsolutePath();

  @BeforeAll
  static void recordTheSchool() {
    db = TestDatabase.postgres("archive_cli");
    var generated = SchoolGenerator.generate(new SchoolOptions(3, 20));
    school = generated.id();
    new SchoolLedger(generated).fill(db.dataSource(), java.time.Clock.systemUTC());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void createListVerifyCopyAndRestore(CapturedOutput output) throws Exception {
    String id = "school-" + school + "-term-" + YEAR_END;
    assertThat(run("archive", "create", "--term", "4 четверть")).isZero();
    assertThat(output.getOut()).contains("snapshot " + id + " written and verified");
    assertThat(output.getErr()).contains("archive: journal 1/", "archive: signed " + id);

    assertThat(run("archive", "list", "--format", "json")).isZero();
    assertThat(output.getOut())
        .contains("\"id\" : \"" + id + "\"", "\"summarySheets\" : true", "\"keepUntil\"");

    Path copyA = dataDir.resolve("archive-a").resolve(id);
    Files.writeString(copyA.resolve("data/corrections.csv"), "id\n");
    assertThat(run("archive", "verify", "--all")).isEqualTo(3);
    assertThat(run("archive", "verify", "--all")).isZero();

    Path drive = dataDir.resolve("usb");
    assertThat(run("archive", "copy", "--term", YEAR_END, "--to", drive.toString())).isZero();
    Files.delete(drive.resolve(id).resolve("data/classes.csv"));
    assertThat(run("archive", "verify", "--at", drive.toString())).isEqualTo(3);
    assertThat(drive.resolve(id).resolve("data/classes.csv")).exists();

    Path restored = dataDir.resolve("restored");
    assertThat(run("archive", "restore", "--term", id, "--to", restored.toString())).isZero();
    assertThat(restored.resolve("data/summary")).isDirectory();

    Files.delete(dataDir.resolve("archive-a").resolve(id).resolve("bag-info.txt"));
    Files.delete(dataDir.resolve("archive-b").resolve(id).resolve("bag-info.txt"));
    assertThat(run("archive", "verify", "--all")).isEqualTo(4);
    assertThat(run("archive", "create", "--term", "9 четверть")).isEqualTo(CommandLine.ERROR);
    assertThat(output.getErr()).contains("error: no term '9 четверть'; the school's terms:");
  }

  private int run(String... words) {
    List<String> settings =
        new ArrayList<>(
            List.of(
                "--gateway.data-dir=" + dataDir,
                "--gateway.embedded-mock.enabled=false",
                "--gateway.archive.student-names-from-ais=false"));
    settings.addAll(List.of(db.gatewaySettings()));
    return GatewayProcesses.run(settings.toArray(String[]::new), words);
  }
}
