package ru.netcity.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import ru.netcity.gateway.GatewayApplication;
import ru.netcity.mock.school.GroundTruth;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/**
 * {@code sync --once} then {@code status --format json} on the embedded defaults (H2 + mock), and
 * {@code status} of that ledger where no AIS is configured at all.
 */
@ExtendWith(OutputCaptureExtension.class)
class SyncOnceTest {
  @Test
  void syncOnceExitsZeroAndStatusShowsTheGroundTruthCounts(CapturedOutput output) throws Exception {
    String[] settings = {
      "--gateway.data-dir=./target/cli-" + UUID.randomUUID(),
      "--gateway.embedded-mock.seed=31",
      "--gateway.embedded-mock.students=20",
      "--netcity.budget.requests-per-second=5000"
    };

    int sync =
        GatewayApplication.runCommand(
            Command.parse(new String[] {"sync", "--once"}).orElseThrow(), settings);
    assertThat(sync).isEqualTo(CommandLine.COMPLETE);
    assertThat(output.getOut()).contains("sync complete:");
    assertThat(output.getErr()).containsPattern("sync: \\d+/\\d+ units, \\d+:\\d\\d elapsed, ETA");

    int mark = output.getOut().length();
    int status =
        GatewayApplication.runCommand(
            Command.parse(new String[] {"status", "--format", "json"}).orElseThrow(), settings);
    assertThat(status).isEqualTo(CommandLine.COMPLETE);

    JsonNode printed = new ObjectMapper().readTree(output.getOut().substring(mark));
    JsonNode truth =
        new ObjectMapper()
            .readTree(GroundTruth.toJson(SchoolGenerator.generate(new SchoolOptions(31, 20))))
            .get("counts");
    assertThat(printed.get("complete").asBoolean()).isTrue();
    assertThat(printed.get("dataDir").asText())
        .isEqualTo(
            Path.of(settings[0].substring("--gateway.data-dir=".length()))
                .toAbsolutePath()
                .normalize()
                .toString());
    truth
        .fieldNames()
        .forEachRemaining(
            key ->
                assertThat(printed.get("counts").get(key).asLong())
                    .as(key)
                    .isEqualTo(truth.get(key).asLong()));

    // Without any AIS settings (no mock, no NETCITY_*): status still reads the ledger, and only a
    // sync says what is missing.
    String[] noAis = {settings[0], "--gateway.embedded-mock.enabled=false"};
    mark = output.getOut().length();
    int statusWithoutAis =
        GatewayApplication.runCommand(
            Command.parse(new String[] {"status", "--format", "json"}).orElseThrow(), noAis);
    assertThat(statusWithoutAis).isEqualTo(CommandLine.COMPLETE);
    assertThat(new ObjectMapper().readTree(output.getOut().substring(mark)).get("counts"))
        .isEqualTo(printed.get("counts"));
    int syncWithoutAis =
        GatewayApplication.runCommand(
            Command.parse(new String[] {"sync", "--once"}).orElseThrow(), noAis);
    assertThat(syncWithoutAis).isEqualTo(CommandLine.ERROR);
    assertThat(output.getErr()).contains("no AIS configured: set NETCITY_BASE_URL");
  }
}
