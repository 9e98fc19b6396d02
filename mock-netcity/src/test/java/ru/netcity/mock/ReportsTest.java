package ru.netcity.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.signalr.HubConnection;
import com.microsoft.signalr.HubConnectionBuilder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.netcity.mock.faults.FaultSpec;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolClass;
import ru.netcity.mock.school.Term;

/** Each report runs as a real client runs it: filters, queue, SignalR hub, then the HTML file. */
class ReportsTest {
  record Complete(long taskId, String data, String componentId) {}

  private static MockNetCity mock;
  private static School school;
  private static AisTestClient staff;
  private static HubConnection hub;
  private static final Map<Long, String> files = new ConcurrentHashMap<>();
  private static SchoolClass seventhA;
  private static Term firstQuarter;

  @BeforeAll
  static void start() {
    mock = SharedMock.start(FaultSpec.NONE);
    school = mock.school();
    staff = new AisTestClient(mock.baseUrl());
    staff.login(SharedMock.STAFF_LOGIN, SharedMock.STAFF_PASSWORD, school.id());
    hub =
        HubConnectionBuilder.create(mock.baseUrl() + "/webapi/signalr/queueHub?at=" + staff.at())
            .build();
    hub.on("complete", c -> files.put(c.taskId(), c.data()), Complete.class);
    hub.start().blockingAwait(10, TimeUnit.SECONDS);
    seventhA = school.classes().get(0);
    firstQuarter = school.termsOf(seventhA.grade()).get(0);
  }

  @AfterAll
  static void stop() {
    hub.stop().blockingAwait(5, TimeUnit.SECONDS);
    mock.close();
  }

  @Test
  void filterSourcesListClassesStudentsTermsAndThePeriod() {
    JsonNode filters = AisTestClient.json(staff.get("/webapi/v2/reports/studenttotal"));
    JsonNode sources = filters.get("filterSources");
    assertThat(sources.findValuesAsText("filterId")).containsExactly("SID", "PCLID", "TERMID");
    assertThat(sources.get(1).get("items")).hasSize(school.classes().size());

    JsonNode init =
        AisTestClient.json(
            staff.post(
                "/webapi/reports/studentgrades/initfilters",
                "{\"params\":null,\"selectedData\":["
                    + select("PCLID_IUP", seventhA.id() + "_0")
                    + ","
                    + select("TERMID", "" + firstQuarter.id())
                    + "]}"));
    assertThat(init.get(0).get("items")).hasSize(seventhA.studentIds().size() + 1);
    assertThat(init.get(3).get("defaultRange").get("start").asText())
        .isEqualTo(firstQuarter.start() + "T00:00:00");
  }

  @Test
  void studentGradesListsEveryMarkOfTheClassInTheTerm() {
    Document html = run("studentgrades", "PCLID_IUP", seventhA.id() + "_0", "-1", firstQuarter);
    long marks =
        lessonsInTerm().stream()
            .flatMap(l -> school.assignmentsOf(l.id()).stream())
            .mapToLong(a -> school.marksOf(a.id()).size())
            .sum();
    assertThat(html.select("table.table-print tbody tr")).hasSize((int) marks);
  }

  @Test
  void attendanceListsEveryAbsenceWithItsLetter() {
    Document html = run("studentattendance", "PCLID", "" + seventhA.id(), "-1", firstQuarter);
    long absences = lessonsInTerm().stream().mapToLong(l -> school.absencesOf(l.id()).size()).sum();
    var rows = html.select("table.table-print tbody tr");
    assertThat(rows).hasSize((int) absences).isNotEmpty();
    assertThat(rows.eachText()).allMatch(r -> r.matches(".* (Н|Б|УП|НП|ОТ|ОП|ОСВ)$"));
  }

  @Test
  void studentTotalHasTermAndYearMarksPerStudentAndSubject() {
    Document html = run("studenttotal", "PCLID", "" + seventhA.id(), "-1", null);
    List<String> headers = html.select("table.table-print thead th").eachText();
    assertThat(headers).contains("1 четверть", "4 четверть", "Год");
    long pairs =
        seventhA.studentIds().stream()
            .mapToLong(
                id -> school.termMarksOf(id).stream().map(t -> t.subjectId()).distinct().count())
            .sum();
    assertThat(html.select("table.table-print tbody tr")).hasSize((int) pairs).isNotEmpty();
  }

  @Test
  void journalAccessShowsWhoEnteredWhatAndWhen() {
    Document html = run("journalaccess", "PCLID_IUP", seventhA.id() + "_0", "-1", firstQuarter);
    var objects = html.select("table.table-print tbody tr td:eq(7)").eachText();
    assertThat(objects).contains("Тема урока", "Домашнее задание", "Оценка", "Отметка о посещении");
    long topics = lessonsInTerm().size();
    assertThat(objects.stream().filter("Тема урока"::equals).count()).isEqualTo(topics);
    assertThat(html.select("table.table-print tbody tr td:eq(0)").eachText())
        .allMatch(t -> t.matches("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d:\\d\\d"));
  }

  private static List<Lesson> lessonsInTerm() {
    return school.lessonsOf(seventhA.id()).stream()
        .filter(l -> firstQuarter.contains(l.date()))
        .toList();
  }

  private static Document run(
      String report, String classFilter, String classValue, String sid, Term term) {
    String period =
        term == null
            ? ""
            : ","
                + select("TERMID", "" + term.id())
                + ","
                + select("period", term.start() + "T00:00 - " + term.end() + "T00:00");
    var queued =
        staff.post(
            "/webapi/reports/" + report + "/queue",
            "{\"selectedData\":["
                + select("SID", sid)
                + ","
                + select(classFilter, classValue)
                + period
                + "],\"params\":[{\"name\":\"SCHOOLYEARID\",\"value\":\""
                + school.yearId()
                + "\"}]}");
    assertThat(queued.statusCode()).as(queued.body()).isEqualTo(200);
    long taskId = AisTestClient.json(queued).get("taskId").asLong();
    hub.send("startTask", taskId, "report-v2");
    await().until(() -> files.containsKey(taskId));
    var file = staff.get("/webapi/files/" + files.get(taskId));
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    return Jsoup.parse(file.body());
  }

  private static String select(String filterId, String value) {
    return "{\"filterId\":\"" + filterId + "\",\"filterValue\":\"" + value + "\"}";
  }
}
