package ru.netcity.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.signalr.HubConnection;
import com.microsoft.signalr.HubConnectionBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.Mark;
import ru.netcity.mock.school.Revision;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolClass;
import ru.netcity.mock.school.Student;
import ru.netcity.mock.school.Term;

/** The mock answers as of its clock: the control endpoint, the diary, the reports and filters. */
class ClockTest {
  record Complete(long taskId, String data, String componentId) {}

  private static final LocalDateTime START = LocalDateTime.of(2025, 10, 6, 2, 30);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static MockNetCity mock;
  private static School school;
  private static AisTestClient staff;
  private static HubConnection hub;
  private static final Map<Long, String> files = new ConcurrentHashMap<>();

  @BeforeAll
  static void start() {
    school = SharedMock.school();
    mock = MockNetCity.start(school, MockOptions.defaults().withClock(START));
    staff = new AisTestClient(mock.baseUrl());
    staff.login(SharedMock.STAFF_LOGIN, SharedMock.STAFF_PASSWORD, school.id());
    hub =
        HubConnectionBuilder.create(mock.baseUrl() + "/webapi/signalr/queueHub?at=" + staff.at())
            .build();
    hub.on("complete", c -> files.put(c.taskId(), c.data()), Complete.class);
    hub.start().blockingAwait(10, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() {
    hub.stop().blockingAwait(5, TimeUnit.SECONDS);
    mock.close();
  }

  @BeforeEach
  void reset() {
    mock.clock().set(START);
  }

  @Test
  void theControlEndpointReadsAndMovesTheClockForwardAndBack() throws Exception {
    assertThat(control("GET", null).body()).isEqualTo("{\"at\":\"2025-10-06T02:30\"}");
    assertThat(control("POST", "{\"at\":\"2026-03-02T02:30\"}").body())
        .isEqualTo("{\"at\":\"2026-03-02T02:30\"}");
    assertThat(mock.clock().now()).contains(LocalDateTime.of(2026, 3, 2, 2, 30));
    control("POST", "{\"at\":\"2025-09-15T02:30\"}");
    assertThat(mock.clock().now()).contains(LocalDateTime.of(2025, 9, 15, 2, 30));
    assertThat(control("POST", "{\"at\":null}").body()).isEqualTo("{\"at\":null}");
    assertThat(mock.clock().now()).isEmpty();
    HttpResponse<String> bad = control("POST", "{\"at\":\"6 октября\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("2025-10-06T02:30");
    assertThat(control("POST", "not json").statusCode()).isEqualTo(400);
    assertThat(control("POST", "{}").statusCode()).isEqualTo(400);
  }

  @Test
  void theDiaryShowsADeletedMarkOnlyUntilItsDeletion() {
    Mark m = school.history().deletedMarks().get(0);
    Revision deletion = school.history().markRevisions(m.id()).get(0);
    Lesson lesson =
        school.lesson(school.assignment(m.assignmentId()).orElseThrow().lessonId()).orElseThrow();
    mock.clock().set(m.enteredAt().minusMinutes(1));
    assertThat(diaryMarkIds(m.studentId(), lesson.date())).doesNotContain(m.id());
    mock.clock().set(deletion.at().minusMinutes(1));
    assertThat(diaryMarkIds(m.studentId(), lesson.date())).contains(m.id());
    mock.clock().set(deletion.at());
    assertThat(diaryMarkIds(m.studentId(), lesson.date())).doesNotContain(m.id());
    mock.clock().set(null);
    assertThat(diaryMarkIds(m.studentId(), lesson.date())).doesNotContain(m.id());
  }

  @Test
  void theDiaryShowsLaterDaysOfTheWeekWithoutAssignments() {
    Student student = school.students().get(0);
    LocalDate wednesday = LocalDate.of(2025, 10, 8);
    mock.clock().set(wednesday.atTime(7, 0));
    JsonNode days = diary(student.id(), wednesday).get("weekDays");
    assertThat(days).hasSize(5);
    for (JsonNode day : days) {
      boolean later =
          !LocalDate.parse(day.get("date").asText().substring(0, 10)).isBefore(wednesday);
      for (JsonNode lesson : day.get("lessons")) {
        if (later) {
          assertThat(lesson.get("assignments")).isEmpty();
        }
      }
    }
    assertThat(
            days.get(0).get("lessons").findValues("assignments").stream()
                .mapToInt(JsonNode::size)
                .sum())
        .isPositive();
  }

  @Test
  void theJournalAccessReportListsRowsUpToTheClockWithDeletionsAndTheirUsers() {
    Mark m = school.history().deletedMarks().get(0);
    Revision deletion = school.history().markRevisions(m.id()).get(0);
    Lesson lesson =
        school.lesson(school.assignment(m.assignmentId()).orElseThrow().lessonId()).orElseThrow();
    SchoolClass cls = school.schoolClass(lesson.classId()).orElseThrow();
    String period = lesson.date() + "T00:00 - " + lesson.date() + "T00:00";
    mock.clock().set(deletion.at());
    Document html = run("journalaccess", "PCLID_IUP", cls.id() + "_0", period);
    List<Element> rows = html.select("table.table-print tbody tr");
    assertThat(rows).isNotEmpty();
    for (Element row : rows) {
      LocalDateTime at = LocalDateTime.parse(row.child(0).text(), STAMP);
      assertThat(at).isBeforeOrEqualTo(deletion.at());
      assertThat(row.child(1).text()).isNotBlank();
    }
    assertThat(rows)
        .anySatisfy(
            r -> {
              assertThat(r.child(0).text()).isEqualTo(STAMP.format(deletion.at()));
              assertThat(r.child(7).text()).isEqualTo("Оценка");
              assertThat(r.child(8).text()).isEqualTo(deletion.before());
              assertThat(r.child(9).text()).isEmpty();
              assertThat(r.child(1).text()).isEqualTo(deletion.by());
            });
    // a second earlier the deletion's row is gone (and any other row of that very second)
    long earlier =
        rows.stream()
            .filter(r -> LocalDateTime.parse(r.child(0).text(), STAMP).isBefore(deletion.at()))
            .count();
    assertThat(earlier).isLessThan(rows.size());
    mock.clock().set(deletion.at().minusSeconds(1));
    Document before = run("journalaccess", "PCLID_IUP", cls.id() + "_0", period);
    assertThat(before.select("table.table-print tbody tr")).hasSize((int) earlier);
  }

  @Test
  void attendanceIsAsOfTheClock() {
    SchoolClass cls = school.classes().get(0);
    Term term = school.termsOf(cls.grade()).get(0);
    String period = term.start() + "T00:00 - " + term.end() + "T00:00";
    School view = school.at(START);
    long expected =
        view.lessonsOf(cls.id()).stream()
            .filter(l -> term.contains(l.date()))
            .mapToLong(l -> view.absencesOf(l.id()).size())
            .sum();
    long all =
        school.lessonsOf(cls.id()).stream()
            .filter(l -> term.contains(l.date()))
            .mapToLong(l -> school.absencesOf(l.id()).size())
            .sum();
    Document html = run("studentattendance", "PCLID", "" + cls.id(), period);
    assertThat(html.select("table.table-print tbody tr")).hasSize((int) expected);
    assertThat(expected).isPositive().isLessThan(all);
  }

  @Test
  void theDefaultTermAndPeriodAreTheTermCurrentAtTheClock() {
    SchoolClass cls = school.classes().get(0);
    List<Term> terms = school.termsOf(cls.grade());
    mock.clock().set(LocalDateTime.of(2025, 12, 1, 2, 30));
    JsonNode sources = initFilters(cls);
    assertThat(source(sources, "TERMID").get("defaultValue").asText())
        .isEqualTo("" + terms.get(1).id());
    assertThat(source(sources, "period").get("defaultRange").get("start").asText())
        .isEqualTo(terms.get(1).start() + "T00:00:00");
    mock.clock().set(null);
    assertThat(source(initFilters(cls), "TERMID").get("defaultValue").asText()).isEqualTo("-1");
  }

  private static JsonNode initFilters(SchoolClass cls) {
    return AisTestClient.json(
        staff.post(
            "/webapi/reports/studentgrades/initfilters",
            "{\"params\":null,\"selectedData\":[" + select("PCLID_IUP", cls.id() + "_0") + "]}"));
  }

  private static JsonNode source(JsonNode sources, String id) {
    for (JsonNode s : sources) {
      if (s.get("filterId").asText().equals(id)) {
        return s;
      }
    }
    throw new AssertionError("no filter " + id + " in " + sources);
  }

  /**
   * Clause 3.3.1: a pupil who arrived in November is on no earlier roster and in no earlier week.
   */
  @Test
  void aPupilWhoArrivedInNovemberShowsInTheRosterAndHisDiaryOnlyFromHisArrival() {
    var arrival = school.enrolments().get(0);
    int id = arrival.studentId();
    java.util.function.Supplier<List<Integer>> roster =
        () ->
            AisTestClient.json(staff.get("/webapi/student/diary/init"))
                .get("students")
                .findValues("studentId")
                .stream()
                .map(JsonNode::asInt)
                .toList();
    mock.clock().set(arrival.from().minusDays(1).atTime(2, 30));
    List<Integer> before = roster.get();
    assertThat(before).doesNotContain(id);
    mock.clock().set(arrival.from().atTime(2, 30));
    assertThat(roster.get()).contains(id).hasSize(before.size() + 1);

    mock.clock().set(LocalDateTime.of(2026, 6, 1, 2, 30));
    JsonNode week = diary(id, arrival.from().minusWeeks(1));
    assertThat(week.get("weekDays")).isEmpty();
    assertThat(diary(id, arrival.from()).get("weekDays").findValues("classmeetingId")).isNotEmpty();
    assertThat(diary(id, arrival.from()).get("className").asText())
        .isEqualTo(school.schoolClass(arrival.classId()).orElseThrow().name());
  }

  @Test
  void aPupilWhoMovedIsOnTheNewClasssRosterAndHisDiaryShowsItOnlyFromTheMove() {
    var from = school.enrolments().get(2);
    var to = school.enrolments().get(3);
    int id = to.studentId();
    java.util.function.Supplier<List<Integer>> roster =
        () ->
            AisTestClient.json(staff.get("/webapi/student/diary/init"))
                .get("students")
                .findValues("studentId")
                .stream()
                .map(JsonNode::asInt)
                .toList();
    mock.clock().set(to.from().minusDays(1).atTime(2, 30));
    assertThat(diary(id, from.to()).get("className").asText())
        .isEqualTo(school.schoolClass(from.classId()).orElseThrow().name());
    mock.clock().set(to.from().plusDays(4).atTime(21, 0));
    assertThat(roster.get()).contains(id).doesNotContain(school.enrolments().get(1).studentId());
    JsonNode week = diary(id, to.from());
    assertThat(week.get("className").asText())
        .isEqualTo(school.schoolClass(to.classId()).orElseThrow().name());
    assertThat(week.get("weekDays").findValues("date"))
        .isNotEmpty()
        .allMatch(d -> !LocalDate.parse(d.asText().substring(0, 10)).isBefore(to.from()));
    assertThat(diary(id, from.to()).get("weekDays")).isEmpty();
  }

  private static List<Long> diaryMarkIds(int studentId, LocalDate day) {
    return diary(studentId, day).findValues("mark").stream()
        .filter(JsonNode::isObject)
        .map(m -> m.get("id").asLong())
        .toList();
  }

  private static JsonNode diary(int studentId, LocalDate day) {
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    var answer =
        staff.get(
            "/webapi/student/diary?studentId="
                + studentId
                + "&weekStart="
                + monday
                + "&weekEnd="
                + monday.plusDays(6));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return AisTestClient.json(answer);
  }

  private static HttpResponse<String> control(String method, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/__mock/clock"));
    request =
        body == null
            ? request.GET()
            : request
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Document run(String report, String classFilter, String classValue, String period) {
    var queued =
        staff.post(
            "/webapi/reports/" + report + "/queue",
            "{\"selectedData\":["
                + select("SID", "-1")
                + ","
                + select(classFilter, classValue)
                + ","
                + select("period", period)
                + "],\"params\":[]}");
    assertThat(queued.statusCode()).as(queued.body()).isEqualTo(200);
    var task = AisTestClient.json(queued);
    long taskId = task.get("taskId").asLong();
    hub.send("startTaskAsync", taskId, task.get("queueKey").asText());
    await().until(() -> files.containsKey(taskId));
    return Jsoup.parse(staff.get("/webapi/files/" + files.get(taskId)).body());
  }

  private static String select(String filterId, String value) {
    return "{\"filterId\":\"" + filterId + "\",\"filterValue\":\"" + value + "\"}";
  }
}
