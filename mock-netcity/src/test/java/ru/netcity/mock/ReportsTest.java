package ru.netcity.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.signalr.HubConnection;
import com.microsoft.signalr.HubConnectionBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.netcity.mock.faults.FaultSpec;
import ru.netcity.mock.school.Absence;
import ru.netcity.mock.school.Assignment;
import ru.netcity.mock.school.AssignmentType;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.Mark;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolClass;
import ru.netcity.mock.school.Student;
import ru.netcity.mock.school.Subject;
import ru.netcity.mock.school.Term;
import ru.netcity.mock.school.TermMark;

/**
 * Each report runs as a real client runs it (filters, queue, hub, then the HTML file), and the
 * evidenced ones are read the way netcity-api.md §2.2.1 says the public clients read them.
 */
class ReportsTest {
  record Complete(long taskId, String data, String componentId) {}

  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd.MM.yy");
  private static final Pattern SHORT_DATE = Pattern.compile("(\\d{1,2}\\.){2}\\d{2}");

  private static MockNetCity mock;
  private static School school;
  private static AisTestClient staff;
  private static HubConnection hub;
  private static final Map<Long, String> files = new ConcurrentHashMap<>();
  private static SchoolClass seventhA;
  private static Term firstQuarter;
  private static Student pupil;

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
    pupil = school.student(seventhA.studentIds().get(0)).orElseThrow();
  }

  @AfterAll
  static void stop() {
    hub.stop().blockingAwait(5, TimeUnit.SECONDS);
    mock.close();
  }

  @Test
  void filterSourcesListClassesStudentsSubjectsTermsAndThePeriod() {
    JsonNode filters = AisTestClient.json(staff.get("/webapi/v2/reports/studenttotal"));
    JsonNode sources = filters.get("filterSources");
    assertThat(sources.findValuesAsText("filterId"))
        .containsExactly("SID", "PCLID", "TERMID", "period");
    assertThat(sources.get(1).get("items")).hasSize(school.classes().size());

    JsonNode grades =
        AisTestClient.json(staff.get("/webapi/reports/studentgrades")).get("filterSources");
    assertThat(grades.findValuesAsText("filterId"))
        .containsExactly("SID", "PCLID_IUP", "SGID", "TERMID", "period");
    assertThat(grades.get(2).get("items").findValuesAsText("title"))
        .isNotEmpty()
        .isSubsetOf(school.subjects().stream().map(Subject::name).toList());
    assertThat(grades.get(2).get("defaultValue").asText())
        .isEqualTo(grades.get(2).get("items").get(0).get("value").asText());

    JsonNode init =
        AisTestClient.json(
            staff.post(
                "/webapi/reports/studentgrades/initfilters",
                "{\"params\":null,\"selectedData\":["
                    + select("PCLID_IUP", seventhA.id() + "_0")
                    + ","
                    + select("TERMID", "" + firstQuarter.id())
                    + "]}"));
    // A one-student report: no «Все» among the students, even for staff.
    // the roster of the year's end: a pupil who left or moved away is not on it (clause 3.3.1)
    assertThat(init.get(0).get("items"))
        .hasSize(
            (int) school.students().stream().filter(s -> s.classId() == seventhA.id()).count());
    assertThat(init.get(4).get("defaultRange").get("start").asText())
        .isEqualTo(firstQuarter.start() + "T00:00:00");
  }

  /** LE {@code classes/Grades.ts} and VK {@code _parse_assigned_marks_report_html}. */
  @Test
  void studentGradesIsOneStudentAndOneSubjectWithTheDateEachMarkWasSet() {
    Subject subject = subjectWithMarks();
    Document html =
        run(
            "reports/studentgrades",
            select("SID", "" + pupil.id()),
            select("PCLID_IUP", seventhA.id() + "_0"),
            select("SGID", "" + subject.id()),
            select("TERMID", "" + firstQuarter.id()),
            period(firstQuarter));

    assertThat(shortDates(span(html, 5).text()))
        .containsExactly(firstQuarter.start(), firstQuarter.end());
    assertThat(span(html, 11).childNode(1).toString()).isNotBlank();
    Elements rows = html.select("table.table-print tr");
    assertThat(rows.get(0).select("th").eachText())
        .containsExactly(
            "Тип задания", "Тема задания", "Дата выполнения", "Дата выставления оценки", "Оценка");
    assertThat(rows.last().hasClass("totals")).isTrue();
    List<String> read = new ArrayList<>();
    for (Element row : rows.subList(1, rows.size() - 1)) {
      List<String> cells = texts(row.select("td"));
      assertThat(cells.get(2)).matches("\\d\\d\\.\\d\\d\\.\\d\\d");
      assertThat(cells.get(3)).matches("\\d\\d\\.\\d\\d\\.\\d\\d");
      read.add(String.join("|", cells));
    }
    List<String> truth = new ArrayList<>();
    int sum = 0;
    for (Lesson lesson : lessons(subject)) {
      for (Assignment a : school.assignmentsOf(lesson.id())) {
        for (Mark m : school.marksOf(a.id())) {
          if (m.studentId() == pupil.id() && !m.dutyMark()) {
            var set = m.changedAt() != null ? m.changedAt() : m.enteredAt();
            truth.add(
                String.join(
                    "|",
                    typeName(a.typeId()),
                    a.name(),
                    SHORT.format(lesson.date()),
                    SHORT.format(set),
                    "" + m.value()));
            sum += m.value();
          }
        }
      }
    }
    assertThat(read).isNotEmpty().containsExactlyInAnyOrderElementsOf(truth);
    String average = html.select(".table-print tr.totals td:nth-child(3)").text();
    assertThat(average).startsWith("Средний балл: ");
    double value = Double.parseDouble(average.replaceAll("^\\D+(?=\\d)", "").replace(',', '.'));
    assertThat(value).isCloseTo((double) sum / truth.size(), offset(0.01));
  }

  /** LE {@code classes/Journal.ts}: months, day numbers, class-less day cells, cell-num-2 marks. */
  @Test
  void studentTotalIsTheDayGridOfOneStudent() {
    Document html =
        run(
            "v2/reports/studenttotal",
            select("SID", "" + pupil.id()),
            select("PCLID", "" + seventhA.id()),
            select("TERMID", "-1"),
            "{\"filterId\":\"period\",\"filterValue\":\""
                + school.yearStart()
                + "T00:00 - "
                + school.yearEnd()
                + "T00:00\"}");
    List<LocalDate> range = shortDates(span(html, 7).text());
    assertThat(range).containsExactly(school.yearStart(), school.yearEnd());

    Elements rows = html.select("table.table-print tr");
    List<LocalDate> dates = dates(html);
    List<Term> terms = school.termsOf(seventhA.grade());
    List<String> termColumns = rows.get(0).select("th[rowspan]").eachText();
    termColumns.remove(0);
    assertThat(termColumns).hasSize(2 * terms.size() + 2);
    assertThat(termColumns.get(0)).contains(terms.get(0).name()).contains("Средн");
    assertThat(termColumns.get(1)).contains(terms.get(0).name()).contains("Итог");

    Map<String, Map<LocalDate, String>> truth = gridTruth();
    Map<Integer, Map<Integer, Integer>> finals = new HashMap<>();
    school
        .termMarksOf(pupil.id())
        .forEach(
            t ->
                finals
                    .computeIfAbsent(t.subjectId(), k -> new HashMap<>())
                    .put(t.termId(), t.value()));
    assertThat(rows.size() - 2).isEqualTo(truth.size()).isPositive();
    for (Element row : rows.subList(2, rows.size())) {
      String subject = row.select("td:nth-child(1)").text();
      // As node-html-parser's querySelectorAll: descendants only, the row itself is not one.
      Elements days = row.select(":not([class])");
      days.remove(row);
      assertThat(days).hasSize(dates.size());
      Map<LocalDate, String> expected = truth.get(subject);
      for (int i = 0; i < dates.size(); i++) {
        assertThat(days.get(i).text()).isEqualTo(expected.getOrDefault(dates.get(i), ""));
      }
      List<String> totals = texts(row.select("td.cell-num-2"));
      assertThat(totals).hasSize(termColumns.size());
      int subjectId = subjectId(subject);
      Integer firstFinal = finals.getOrDefault(subjectId, Map.of()).get(terms.get(0).id());
      assertThat(totals.get(1)).isEqualTo(firstFinal == null ? "" : "" + firstFinal);
      Integer yearFinal = finals.getOrDefault(subjectId, Map.of()).get(TermMark.YEAR);
      assertThat(totals.get(totals.size() - 1)).isEqualTo(yearFinal == null ? "" : "" + yearFinal);
    }
  }

  /** VK {@code _parse_total_marks_report_html}: rows that begin with a number. */
  @Test
  void studentTotalMarksHasATermColumnEachThenYearExamAndFinal() {
    Document html =
        run(
            "reports/studenttotalmarks",
            select("SID", "" + pupil.id()),
            select("PCLID", "" + seventhA.id()));
    List<Term> terms = school.termsOf(seventhA.grade());
    List<String> header = new ArrayList<>(List.of("№", "Предмет"));
    terms.forEach(t -> header.add(t.name()));
    header.addAll(List.of("Год. оценка", "Экз. оценка", "Итог. оценка"));
    assertThat(html.select("table.table-print tr").get(0).select("th").eachText())
        .containsExactlyElementsOf(header);

    Map<String, List<String>> read = new HashMap<>();
    for (Element row : html.select("tr")) {
      List<String> cells = texts(row.select("td, th"));
      if (cells.size() >= 3 && cells.get(0).matches("\\d+")) {
        read.put(cells.get(1), cells.subList(2, cells.size()));
      }
    }
    Map<String, List<String>> truth = new HashMap<>();
    for (TermMark mark : school.termMarksOf(pupil.id())) {
      List<String> cells =
          truth.computeIfAbsent(
              school.subject(mark.subjectId()).name(),
              k -> new ArrayList<>(Collections.nCopies(terms.size() + 3, "")));
      int column = mark.termId() == TermMark.YEAR ? terms.size() : termIndex(terms, mark.termId());
      cells.set(column, "" + mark.value());
      if (mark.termId() == TermMark.YEAR) {
        cells.set(terms.size() + 2, "" + mark.value());
      }
    }
    assertThat(truth).isNotEmpty();
    truth.forEach((subject, cells) -> assertThat(read.get(subject)).as(subject).isEqualTo(cells));
    assertThat(read.keySet()).containsAll(truth.keySet());
  }

  @Test
  void attendanceListsEveryAbsenceWithItsLetter() {
    Document html =
        run(
            "reports/studentattendance",
            select("SID", "-1"),
            select("PCLID", "" + seventhA.id()),
            select("TERMID", "" + firstQuarter.id()),
            period(firstQuarter));
    long absences = lessonsInTerm().stream().mapToLong(l -> school.absencesOf(l.id()).size()).sum();
    var rows = html.select("table.table-print tbody tr");
    assertThat(rows).hasSize((int) absences).isNotEmpty();
    assertThat(rows.eachText()).allMatch(r -> r.matches(".* (Н|Б|УП|НП|ОТ|ОП|ОСВ)$"));
  }

  @Test
  void journalAccessShowsWhoEnteredWhatAndWhen() {
    Document html =
        run(
            "reports/journalaccess",
            select("SID", "-1"),
            select("PCLID_IUP", seventhA.id() + "_0"),
            select("TERMID", "" + firstQuarter.id()),
            period(firstQuarter));
    var objects = html.select("table.table-print tbody tr td:eq(7)").eachText();
    assertThat(objects).contains("Тема урока", "Домашнее задание", "Оценка", "Отметка о посещении");
    long topics = lessonsInTerm().size();
    assertThat(objects.stream().filter("Тема урока"::equals).count()).isEqualTo(topics);
    assertThat(html.select("table.table-print tbody tr td:eq(0)").eachText())
        .allMatch(t -> t.matches("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d:\\d\\d"));
  }

  @Test
  void aServerBefore540AnswersTheQueueWithoutAQueueKeyAndTakesStartTask() {
    try (MockNetCity old =
        MockNetCity.start(school, MockOptions.defaults().withAisVersion("5.32.74326.117"))) {
      AisTestClient client = new AisTestClient(old.baseUrl());
      client.login(SharedMock.STAFF_LOGIN, SharedMock.STAFF_PASSWORD, school.id());
      assertThat(client.get("/webapi/sysInfo").body()).contains("Версия системы: 5.32.74326.117");
      JsonNode queued =
          AisTestClient.json(
              client.post(
                  "/webapi/reports/studenttotalmarks/queue",
                  "{\"selectedData\":["
                      + select("SID", "" + pupil.id())
                      + ","
                      + select("PCLID", "" + seventhA.id())
                      + "],\"params\":null}"));
      assertThat(queued.has("queueKey")).isFalse();
      Map<Long, String> done = new ConcurrentHashMap<>();
      HubConnection legacy =
          HubConnectionBuilder.create(old.baseUrl() + "/webapi/signalr/queueHub?at=" + client.at())
              .build();
      legacy.on("complete", c -> done.put(c.taskId(), c.data()), Complete.class);
      legacy.start().blockingAwait(10, TimeUnit.SECONDS);
      legacy.send("startTask", queued.get("taskId").asLong(), "report-v2");
      await().until(() -> done.containsKey(queued.get("taskId").asLong()));
      legacy.stop().blockingAwait(5, TimeUnit.SECONDS);
    }
    assertThat(staff.get("/webapi/earlyaccess?accessKey=irtechsignalr").statusCode())
        .isEqualTo(200);
  }

  /** Subject → day → the day cell as the grid shows it: marks, dots and absence letters. */
  private static Map<String, Map<LocalDate, String>> gridTruth() {
    Map<String, Map<LocalDate, String>> truth = new HashMap<>();
    for (Lesson lesson : school.lessonsOf(seventhA.id())) {
      if (!lesson.isFor(pupil)) {
        continue;
      }
      Map<LocalDate, String> days =
          truth.computeIfAbsent(school.subject(lesson.subjectId()).name(), k -> new HashMap<>());
      List<String> values = new ArrayList<>();
      for (Assignment a : school.assignmentsOf(lesson.id())) {
        for (Mark m : school.marksOf(a.id())) {
          if (m.studentId() == pupil.id()) {
            values.add(m.dutyMark() ? "." : "" + m.value());
          }
        }
      }
      for (Absence absence : school.absencesOf(lesson.id())) {
        if (absence.studentId() == pupil.id()) {
          values.add(absence.code());
        }
      }
      if (!values.isEmpty()) {
        days.merge(lesson.date(), String.join(" ", values), (x, y) -> x + " " + y);
      }
    }
    return truth;
  }

  /** The grid's dates as LE's {@code parseDates} builds them from the month and day rows. */
  private static List<LocalDate> dates(Document html) {
    List<Integer> days =
        html.select("table.table-print tr:nth-child(2) > th").eachText().stream()
            .map(Integer::parseInt)
            .toList();
    List<String> months =
        List.of(
            "Январь",
            "Февраль",
            "Март",
            "Апрель",
            "Май",
            "Июнь",
            "Июль",
            "Август",
            "Сентябрь",
            "Октябрь",
            "Ноябрь",
            "Декабрь");
    List<LocalDate> dates = new ArrayList<>();
    int year = school.yearStart().getYear();
    int previous = 0;
    for (Element th : html.select("table.table-print tr:nth-child(1) > th[colspan]")) {
      int month = months.indexOf(th.text()) + 1;
      assertThat(month).isPositive();
      if (month < previous) {
        year++;
      }
      previous = month;
      for (int i = 0; i < Integer.parseInt(th.attr("colspan")); i++) {
        dates.add(LocalDate.of(year, month, days.get(dates.size())));
      }
    }
    assertThat(dates).hasSize(days.size());
    return dates;
  }

  /** Every element's text, empty ones included (unlike {@code eachText}). */
  private static List<String> texts(Elements elements) {
    return elements.stream().map(Element::text).toList();
  }

  private static Element span(Document html, int n) {
    Element span = html.selectFirst("table td:nth-child(2) > span:nth-child(" + n + ")");
    assertThat(span).as("span " + n).isNotNull();
    return span;
  }

  private static List<LocalDate> shortDates(String text) {
    List<LocalDate> dates = new ArrayList<>();
    Matcher m = SHORT_DATE.matcher(text);
    while (m.find()) {
      dates.add(LocalDate.parse(m.group(), SHORT));
    }
    return dates;
  }

  private static Subject subjectWithMarks() {
    for (Subject subject : school.subjects()) {
      for (Lesson lesson : lessons(subject)) {
        for (Assignment a : school.assignmentsOf(lesson.id())) {
          if (school.marksOf(a.id()).stream()
              .anyMatch(m -> m.studentId() == pupil.id() && !m.dutyMark())) {
            return subject;
          }
        }
      }
    }
    throw new AssertionError("the pupil has no marks in the first quarter");
  }

  private static List<Lesson> lessons(Subject subject) {
    return lessonsInTerm().stream()
        .filter(l -> l.subjectId() == subject.id() && l.isFor(pupil))
        .toList();
  }

  private static int subjectId(String name) {
    return school.subjects().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static int termIndex(List<Term> terms, int termId) {
    for (int i = 0; i < terms.size(); i++) {
      if (terms.get(i).id() == termId) {
        return i;
      }
    }
    throw new AssertionError("term " + termId);
  }

  private static String typeName(int typeId) {
    return school.assignmentTypes().stream()
        .filter(t -> t.id() == typeId)
        .map(AssignmentType::name)
        .findFirst()
        .orElseThrow();
  }

  private static List<Lesson> lessonsInTerm() {
    return school.lessonsOf(seventhA.id()).stream()
        .filter(l -> firstQuarter.contains(l.date()))
        .toList();
  }

  private static String period(Term term) {
    return select("period", term.start() + "T00:00 - " + term.end() + "T00:00");
  }

  /** Queues the report, starts it the 5.4x way and returns its page. */
  private static Document run(String report, String... selected) {
    var queued =
        staff.post(
            "/webapi/" + report + "/queue",
            "{\"selectedData\":["
                + String.join(",", selected)
                + "],\"params\":[{\"name\":\"SCHOOLYEARID\",\"value\":\""
                + school.yearId()
                + "\"}]}");
    assertThat(queued.statusCode()).as(queued.body()).isEqualTo(200);
    JsonNode answer = AisTestClient.json(queued);
    long taskId = answer.get("taskId").asLong();
    hub.send("startTaskAsync", taskId, answer.get("queueKey").asText());
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
