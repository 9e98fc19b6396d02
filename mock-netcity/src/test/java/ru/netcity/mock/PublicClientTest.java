package ru.netcity.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.Student;

/**
 * The unmodified npm package {@code netschoolapi} (lentryd/NetSchoolApi, {@code Safe} export) logs
 * in, reads a week of the diary and logs out against the standalone mock, started as its own
 * process exactly as {@code mock-netcity/run} starts it.
 */
class PublicClientTest {
  private static final Path CLIENT_DIR = Path.of("mock-netcity/client-test");
  private static final Pattern READY = Pattern.compile("mock-netcity ready on (http://\\S+)");
  private static final LocalDate MONDAY = LocalDate.of(2025, 10, 13);

  private static Process mock;
  private static String origin;

  @BeforeAll
  static void startStandaloneMockAndInstallTheClient() throws Exception {
    installClient();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    mock =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                MockNetCityMain.class.getName(),
                "--port",
                "0",
                "--seed",
                "7")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(mock.getInputStream(), StandardCharsets.UTF_8));
    origin = CompletableFuture.supplyAsync(() -> readyUrl(out)).get(120, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stopMock() throws InterruptedException {
    if (mock != null) {
      mock.destroy();
      mock.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void theNpmClientLogsInReadsAWeekOfTheDiaryAndLogsOut() throws Exception {
    School school = SharedMock.school();
    Student child = school.students().get(42);

    JsonNode result = runClient("parent" + child.id(), "Родитель" + child.id(), "" + school.id());

    long lessons =
        school.lessonsOf(child.classId()).stream()
            .filter(l -> l.isFor(child))
            .filter(l -> !l.date().isBefore(MONDAY) && !l.date().isAfter(MONDAY.plusDays(5)))
            .count();
    assertThat(result.get("ok").asBoolean()).as(result.toString()).isTrue();
    assertThat(result.get("studentId").asInt()).isEqualTo(child.id());
    assertThat(result.get("lessons").asLong()).isEqualTo(lessons).isPositive();
    assertThat(result.get("days").asInt()).isEqualTo(5);
  }

  /**
   * The client reads the same week at two moments of the mock's clock: the Monday morning before
   * its lessons and the night after the week. Both show the week's lessons as the timetable has
   * them; the first, before anything of the week was entered, fewer assignments than the second.
   */
  @Test
  void theNpmClientReadsAWeekAtTwoMomentsOfTheMocksClock() throws Exception {
    School school = SharedMock.school();
    Student child = school.students().get(44);
    long lessons =
        school.lessonsOf(child.classId()).stream()
            .filter(l -> l.isFor(child))
            .filter(l -> !l.date().isBefore(MONDAY) && !l.date().isAfter(MONDAY.plusDays(5)))
            .count();
    List<JsonNode> reads = new java.util.ArrayList<>();
    try {
      for (String at : List.of(MONDAY + "T07:00", MONDAY.plusDays(7) + "T02:30")) {
        setClock("\"" + at + "\"");
        reads.add(runClient("parent" + child.id(), "Родитель" + child.id(), "" + school.id()));
      }
    } finally {
      setClock("null");
    }
    for (JsonNode read : reads) {
      assertThat(read.get("ok").asBoolean()).as(read.toString()).isTrue();
      assertThat(read.get("studentId").asInt()).isEqualTo(child.id());
      assertThat(read.get("lessons").asLong()).isEqualTo(lessons).isPositive();
      assertThat(read.get("days").asInt()).isEqualTo(5);
    }
    assertThat(reads.get(0).get("assignments").asInt())
        .isLessThan(reads.get(1).get("assignments").asInt());
  }

  /** Moves the standalone mock's clock ({@code POST /__mock/clock}); "null": after the year. */
  private static void setClock(String at) throws Exception {
    java.net.http.HttpResponse<String> answer =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(origin + "/__mock/clock"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"at\": " + at + "}"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordIsReportedByTheClientAsAnError() throws Exception {
    Student child = SharedMock.school().students().get(43);

    JsonNode result = runClient("parent" + child.id(), "неверный", "" + SharedMock.school().id());

    assertThat(result.get("ok").asBoolean()).isFalse();
  }

  private static JsonNode runClient(String login, String password, String school) throws Exception {
    Process client =
        new ProcessBuilder(
                "node", "diary-week.mjs", origin, login, password, school, MONDAY.toString())
            .directory(CLIENT_DIR.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String stdout = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(client.waitFor(90, TimeUnit.SECONDS)).isTrue();
    List<String> lines = stdout.lines().filter(l -> l.startsWith("{")).toList();
    assertThat(lines).as(stdout).hasSize(1);
    return AisTestClient.JSON.readTree(lines.get(0));
  }

  private static void installClient() throws IOException, InterruptedException {
    if (Files.isDirectory(CLIENT_DIR.resolve("node_modules/netschoolapi"))) {
      return;
    }
    Process npm =
        new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
            .directory(CLIENT_DIR.toFile())
            .redirectOutput(new File("target/npm-ci.log"))
            .redirectErrorStream(true)
            .start();
    assertThat(npm.waitFor(5, TimeUnit.MINUTES)).as("npm ci finished").isTrue();
    assertThat(npm.exitValue()).as("npm ci exit code, see target/npm-ci.log").isZero();
  }

  private static String readyUrl(BufferedReader out) {
    try {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        Matcher m = READY.matcher(line);
        if (m.find()) {
          return m.group(1);
        }
      }
      throw new IllegalStateException("mock-netcity exited before it was ready");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
