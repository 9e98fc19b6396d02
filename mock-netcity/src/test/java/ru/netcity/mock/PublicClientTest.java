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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.netcity.mock.school.Absence;
import ru.netcity.mock.school.Assignment;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.Mark;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.Student;
import ru.netcity.mock.school.Subject;
import ru.netcity.mock.school.Term;
import ru.netcity.mock.school.TermMark;

/**
 * The unmodified npm package {@code netschoolapi} (lentryd/NetSchoolApi, {@code Safe} export) logs
 * in, reads a week of the diary, runs its two reports ({@code journal()}, {@code grades()}) and
 * logs out against the standalone mock, started as its own process exactly as {@code
 * mock-netcity/run} starts it.
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
                "7",
                // The npm client invokes startTask, the hub method of servers before 5.40.
                "--ais-version",
                "5.32.74326.117")
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

  /**
   * {@code journal()} reads the year's day grid ({@code v2/reports/studenttotal}) and {@code
   * grades()} one subject's first term ({@code reports/studentgrades}); what they read is the
   * child's marks, dots, absences and term marks as the school holds them.
   */
  @Test
  void theNpmClientsJournalAndGradesReadTheChildsMarks() throws Exception {
    School school = SharedMock.school();
    Student child = school.students().get(42);
    JsonNode result =
        runScript(
            List.of(
                "reports.mjs",
                origin,
                "parent" + child.id(),
                "Родитель" + child.id(),
                "" + school.id()));
    assertThat(result.get("ok").asBoolean()).as(result.toString()).isTrue();

    Map<String, List<Integer>> marks = new HashMap<>();
    Map<String, Integer> dots = new HashMap<>();
    Map<String, List<String>> missed = new HashMap<>();
    for (Lesson lesson : school.lessonsOf(child.classId())) {
      if (!lesson.isFor(child)) {
        continue;
      }
      String subject = school.subject(lesson.subjectId()).name();
      marks.computeIfAbsent(subject, k -> new ArrayList<>());
      for (Assignment a : school.assignmentsOf(lesson.id())) {
        for (Mark m : school.marksOf(a.id())) {
          if (m.studentId() == child.id() && m.dutyMark()) {
            dots.merge(subject, 1, Integer::sum);
          } else if (m.studentId() == child.id()) {
            marks.get(subject).add(m.value());
          }
        }
      }
      for (Absence absence : school.absencesOf(lesson.id())) {
        if (absence.studentId() == child.id()) {
          missed.computeIfAbsent(subject, k -> new ArrayList<>()).add(absence.code());
        }
      }
    }
    Map<String, Map<Integer, Integer>> finals = new HashMap<>();
    for (TermMark t : school.termMarksOf(child.id())) {
      finals
          .computeIfAbsent(school.subject(t.subjectId()).name(), k -> new HashMap<>())
          .put(t.termId() == TermMark.YEAR ? -1 : t.termId(), t.value());
    }
    JsonNode journal = result.get("journal");
    assertThat(journal).hasSize(marks.size());
    for (JsonNode subject : journal) {
      String name = subject.get("name").asText();
      assertThat(ints(subject.get("marks")))
          .as(name)
          .containsExactlyInAnyOrderElementsOf(marks.get(name));
      assertThat(subject.get("dots").asInt()).as(name).isEqualTo(dots.getOrDefault(name, 0));
      assertThat(texts(subject.get("missed")))
          .as(name)
          .containsExactlyInAnyOrderElementsOf(missed.getOrDefault(name, List.of()));
      Map<Integer, Integer> read = new HashMap<>();
      subject
          .get("totalMarks")
          .forEach(t -> read.put(t.get("termId").asInt(), t.get("mark").asInt()));
      assertThat(read).as(name).isEqualTo(finals.getOrDefault(name, Map.of()));
    }

    JsonNode grades = result.get("grades");
    Subject subject =
        school.subjects().stream()
            .filter(x -> x.name().equals(grades.get("subject").asText()))
            .findFirst()
            .orElseThrow();
    Term term =
        school.termsOf(school.schoolClass(child.classId()).orElseThrow().grade()).stream()
            .filter(t -> t.id() == grades.get("termId").asInt())
            .findFirst()
            .orElseThrow();
    List<String> expected = new ArrayList<>();
    List<String> expectedDays = new ArrayList<>();
    for (Lesson lesson : school.lessonsOf(child.classId())) {
      if (!lesson.isFor(child)
          || lesson.subjectId() != subject.id()
          || !term.contains(lesson.date())) {
        continue;
      }
      for (Assignment a : school.assignmentsOf(lesson.id())) {
        for (Mark m : school.marksOf(a.id())) {
          if (m.studentId() == child.id() && !m.dutyMark()) {
            String type =
                school.assignmentTypes().stream()
                    .filter(t -> t.id() == a.typeId())
                    .findFirst()
                    .orElseThrow()
                    .name();
            expected.add(type + "|" + a.name() + "|" + m.value());
            LocalDate set = (m.changedAt() != null ? m.changedAt() : m.enteredAt()).toLocalDate();
            // LE's str2date sets the day before the month on today's date: days past 28 can roll.
            if (lesson.date().getDayOfMonth() <= 28 && set.getDayOfMonth() <= 28) {
              expectedDays.add(lesson.date() + "T00:00|" + set + "T00:00");
            }
          }
        }
      }
    }
    List<String> read = new ArrayList<>();
    List<String> readDays = new ArrayList<>();
    for (JsonNode a : grades.get("assignments")) {
      read.add(
          a.get("type").asText() + "|" + a.get("theme").asText() + "|" + a.get("mark").asInt());
      String days = a.get("date").asText() + "|" + a.get("issueDate").asText();
      if (expectedDays.contains(days)) {
        readDays.add(days);
      }
    }
    assertThat(read).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
    assertThat(readDays).containsExactlyInAnyOrderElementsOf(expectedDays);
    assertThat(grades.get("teacher").asText()).isNotBlank();
    assertThat(grades.get("range").get("start").asText()).isEqualTo(term.start() + "T00:00");
  }

  @Test
  void aWrongPasswordIsReportedByTheClientAsAnError() throws Exception {
    Student child = SharedMock.school().students().get(43);

    JsonNode result = runClient("parent" + child.id(), "неверный", "" + SharedMock.school().id());

    assertThat(result.get("ok").asBoolean()).isFalse();
  }

  private static JsonNode runClient(String login, String password, String school) throws Exception {
    return runScript(List.of("diary-week.mjs", origin, login, password, school, MONDAY.toString()));
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asInt()));
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static JsonNode runScript(List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of("node"));
    command.addAll(args);
    Process client =
        new ProcessBuilder(command)
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
