package ru.netcity.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import ru.netcity.gateway.GatewayApplication;
import ru.netcity.gateway.support.GatewayProcesses;

/**
 * Real gateway processes on one embedded H2 file (the default URL with AUTO_SERVER=TRUE): a second
 * {@code sync --once} while one runs is refused by the run lock (exit 75, a clear message) and the
 * first completes; {@code status} reads while a sync or the service holds the database.
 */
@ExtendWith(OutputCaptureExtension.class)
class RunLockProcessTest {
  private final Path dataDir = Path.of("target", "run-lock-" + UUID.randomUUID()).toAbsolutePath();
  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void stop() throws InterruptedException {
    for (Process p : started) {
      p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aSecondSyncIsRefusedWhileTheFirstRunsAndStatusReadsMeanwhile(CapturedOutput output)
      throws Exception {
    // Slow enough (a few requests per second) that the first run outlasts the second's start.
    String[] settings =
        settings(
            "--gateway.embedded-mock.polite=true",
            "--netcity.budget.requests-per-second=" + SLOW_RATE);
    Path firstErr = dataDir.resolveSibling(dataDir.getFileName() + "-first.err");
    Process first = start(firstErr, settings, "sync", "--once");
    await("the first sync holds the run lock and records units")
        .atMost(Duration.ofMinutes(3))
        .until(() -> read(firstErr).contains("sync: 1/"));

    Path secondErr = dataDir.resolveSibling(dataDir.getFileName() + "-second.err");
    Process second = start(secondErr, settings, "sync", "--once");
    assertThat(second.waitFor(3, TimeUnit.MINUTES)).isTrue();

    assertThat(second.exitValue()).isEqualTo(CommandLine.BUSY);
    assertThat(read(secondErr))
        .contains("ошибка: синхронизация школы", "уже идёт в другом процессе", "повторите позже")
        .doesNotContain("Exception");
    assertThat(first.isAlive()).isTrue();

    int mark = output.getOut().length();
    int status = status(settings);
    assertThat(first.isAlive()).as("status ran while the first sync held the database").isTrue();
    assertThat(status).isEqualTo(CommandLine.COMPLETE);
    JsonNode printed = printedJson(output.getOut().substring(mark));
    assertThat(printed.get("dataDir").asText()).isEqualTo(dataDir.toString());
    assertThat(printed.get("runs").get(0).get("finishedAt").isNull()).isTrue(); // still running

    assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(first.exitValue()).as(read(firstErr)).isEqualTo(CommandLine.COMPLETE);
    assertThat(Files.exists(dataDir.resolve("gateway.trace.db"))).isFalse();
  }

  @Test
  void statusReadsWhileTheServiceHoldsTheDatabase(CapturedOutput output) throws Exception {
    String[] settings = settings("--gateway.sync.on-start=false", "--server.port=0");
    Path serviceOut = dataDir.resolveSibling(dataDir.getFileName() + "-service.out");
    Process service = start(serviceOut, settings);
    await("the service has started")
        .atMost(Duration.ofMinutes(3))
        .until(() -> read(serviceOut).contains("Started GatewayApplication") || !service.isAlive());
    assertThat(service.isAlive()).as(read(serviceOut)).isTrue();
    assertThat(read(serviceOut)).contains("data folder " + dataDir);

    int mark = output.getOut().length();
    int status = status(settings);

    assertThat(status).isEqualTo(CommandLine.COMPLETE);
    assertThat(printedJson(output.getOut().substring(mark)).get("dataDir").asText())
        .isEqualTo(dataDir.toString());
    assertThat(service.isAlive()).isTrue();
  }

  /**
   * The JSON {@code status} printed: its lines from the opening to the closing brace, without the
   * log lines other contexts of this JVM may print to stdout meanwhile.
   */
  private static JsonNode printedJson(String out) throws Exception {
    List<String> lines = out.lines().toList();
    int from = lines.indexOf("{");
    int to = lines.lastIndexOf("}");
    assertThat(from).as(out).isNotNegative().isLessThan(to);
    String json =
        lines.subList(from, to + 1).stream()
            .filter(line -> !line.matches("^\\d{4}-\\d{2}-\\d{2}T.*"))
            .collect(java.util.stream.Collectors.joining("\n"));
    return new ObjectMapper().readTree(json);
  }

  /** Requests per second of the slow first sync. */
  private static final int SLOW_RATE = 5;

  private String[] settings(String... extra) {
    List<String> settings =
        new ArrayList<>(
            List.of(
                "--gateway.data-dir=" + dataDir,
                "--gateway.embedded-mock.seed=43",
                "--gateway.embedded-mock.students=20",
                "--gateway.sync.units-in-parallel=1"));
    settings.addAll(List.of(extra));
    return settings.toArray(String[]::new);
  }

  private static int status(String[] settings) {
    return GatewayApplication.runCommand(
        Command.parse(new String[] {"status", "--format", "json"}).orElseThrow(), settings);
  }

  /**
   * A gateway JVM; its stderr (a command's messages) or stdout (the service's log) to a file. It
   * runs in target/, as an installation runs in its own folder: started in the project folder, the
   * service loads the route files twice ("Route configuration already exists with id:
   * gateway-errors").
   */
  private Process start(Path log, String[] settings, String... words) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(GatewayProcesses.javaCommand(settings, words))
            .directory(dataDir.getParent().toFile())
            .redirectErrorStream(words.length == 0);
    if (words.length == 0) {
      builder.redirectOutput(log.toFile());
    } else {
      builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile());
    }
    Process process = builder.start();
    started.add(process);
    return process;
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
