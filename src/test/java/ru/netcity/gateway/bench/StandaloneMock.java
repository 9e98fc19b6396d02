package ru.netcity.gateway.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.netcity.mock.MockNetCityMain;

/** mock-netcity in a JVM of its own, as {@code mock-netcity/run} starts it, for benchmarks. */
final class StandaloneMock implements AutoCloseable {
  private static final Pattern READY =
      Pattern.compile("mock-netcity ready on (http://\\S+) \\(school (\\d+)");

  private final Process process;
  private final String baseUrl;
  private final String schoolId;

  private StandaloneMock(Process process, String baseUrl, String schoolId) {
    this.process = process;
    this.baseUrl = baseUrl;
    this.schoolId = schoolId;
  }

  static StandaloneMock start(long seed, int students, String... extra) throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var command =
        new ArrayList<>(
            List.of(
                javaBin,
                "-Xmx1g",
                "-Dlogback.configurationFile=mock-netcity/logback.xml",
                "-cp",
                System.getProperty("java.class.path"),
                MockNetCityMain.class.getName(),
                "--port",
                "0",
                "--seed",
                "" + seed,
                "--students",
                "" + students));
    command.addAll(List.of(extra));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher m = READY.matcher(line);
      if (m.find()) {
        return new StandaloneMock(process, m.group(1), m.group(2));
      }
    }
    throw new IllegalStateException("mock-netcity exited before it was ready");
  }

  /** CPU time the mock's JVM has used so far, in seconds. */
  double cpuSeconds() {
    return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  String baseUrl() {
    return baseUrl;
  }

  String schoolId() {
    return schoolId;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
