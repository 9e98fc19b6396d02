package ru.netcity.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.security.Accounts;
import ru.netcity.gateway.security.Role;
import ru.netcity.gateway.support.PdfText;
import ru.netcity.gateway.sync.SyncJob;
import ru.netcity.gateway.sync.SyncMode;

/**
 * The report pages and their API on a synced and audited mock school: the dashboard's numbers equal
 * the findings and the ledger counted here independently, the XLSX equals the JSON, every number
 * leads to its findings, and a class teacher cannot open another class.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "camel.main.main-run-controller=false",
      "gateway.data-dir=./target/report-pages",
      "gateway.embedded-mock.seed=32",
      "gateway.embedded-mock.students=40",
      "gateway.sync.on-start=false",
      "netcity.budget.requests-per-second=5000",
      "spring.datasource.url=jdbc:h2:mem:report-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class ReportPagesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> COUNTED = Set.of("нарушение", "предупреждение");
  private static boolean audited;

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired SyncJob sync;
  @Autowired AuditService audits;
  @Autowired JdbcTemplate jdbc;
  private Api api;

  @BeforeEach
  void syncedAndAudited() {
    api = new Api(port);
    Api.account(accounts, "deputy", Role.DEPUTY_DIRECTOR, "Завьялова О. П.");
    if (!audited) {
      sync.run(SyncMode.FULL, (done, total, elapsed) -> {});
      audits.audit();
      audited = true;
    }
  }

  @Test
  void theDashboardCountsWhatTheFindingsAndTheLedgerSay() throws Exception {
    JsonNode report = json("deputy", "/api/reports/dashboard");
    JsonNode findings = json("deputy", "/api/findings").get("findings");
    assertThat(findings.size()).isGreaterThan(10);

    Map<String, Integer> perClass = new HashMap<>();
    Map<String, Integer> perRule = new HashMap<>();
    Set<String> lateLessons = new HashSet<>();
    for (JsonNode f : findings) {
      if (!COUNTED.contains(f.get("severity").asText())) {
        continue;
      }
      perClass.merge(f.get("className").asText(), 1, Integer::sum);
      perRule.merge(f.get("rule").asText(), 1, Integer::sum);
      if (f.get("rule").asText().equals("LESSON_RECORD_SAME_DAY")) {
        lateLessons.add(
            lessonKey(
                f.get("className").asText(),
                f.get("lessonDate").asText(),
                f.get("subject").asText()));
      }
    }
    assertThat(rows(report.get("byClass"), "findings")).isEqualTo(perClass);
    assertThat(rows(report.get("byRule"), "findings")).isEqualTo(perRule);
    assertThat(report.get("total").get("findings").asInt())
        .isEqualTo(perClass.values().stream().mapToInt(Integer::intValue).sum());

    // clause 2.1: a unit per class, day and subject with a held lesson, flagged when a finding
    // names it
    Set<String> lessons = new HashSet<>(lateLessons);
    Map<Integer, String> classNames = new HashMap<>();
    jdbc.query(
        "SELECT DISTINCT class_id, class_name FROM roster",
        rs -> {
          classNames.put(rs.getInt(1), rs.getString(2));
        });
    jdbc.query(
        "SELECT class_id, lesson_date, subject FROM entry_state"
            + " WHERE kind = 'LESSON' AND deleted = FALSE",
        rs -> {
          lessons.add(lessonKey(classNames.get(rs.getInt(1)), rs.getString(2), rs.getString(3)));
        });
    JsonNode rule = row(report.get("byRule"), "LESSON_RECORD_SAME_DAY");
    assertThat(lateLessons).isNotEmpty();
    assertThat(rule.get("units").asInt()).isEqualTo(lessons.size());
    assertThat(rule.get("flagged").asInt()).isEqualTo(lateLessons.size());
    assertThat(rule.get("share").asDouble())
        .isCloseTo(
            (lessons.size() - lateLessons.size()) / (double) lessons.size(),
            org.assertj.core.data.Offset.offset(1e-9));

    // the page shows the same numbers, each a link to its findings with the filters kept
    String someClass = perClass.keySet().stream().sorted().findFirst().orElseThrow();
    Document page = Jsoup.parse(api.get("deputy", "/reports?severity=").body());
    assertThat(page.select("h1").text()).contains("Соответствие");
    assertThat(page.select("a[href]").eachAttr("href"))
        .contains(
            "/reports/findings?class=" + URLEncoder.encode(someClass, StandardCharsets.UTF_8));
    assertThat(page.select("script[src]").eachAttr("src"))
        .contains("/webjars/echarts/dist/echarts.min.js");
    assertThat(api.get("deputy", "/webjars/echarts/dist/echarts.min.js").statusCode())
        .isEqualTo(200);
    Document filtered =
        Jsoup.parse(
            api.get(
                    "deputy",
                    "/reports?term=" + Api.enc(termName()) + "&class=" + Api.enc(someClass))
                .body());
    assertThat(filtered.select("a[href]").eachAttr("href"))
        .anySatisfy(h -> assertThat(h).contains("term=").contains("class=").contains("rule="));
  }

  @Test
  void theXlsxHoldsTheNumbersOfTheJsonApi() throws Exception {
    for (String view : List.of("classes", "rules", "teachers", "trend")) {
      JsonNode table = json("deputy", "/api/reports/" + view);
      HttpResponse<byte[]> file = bytes("deputy", "/api/reports/" + view + "?format=xlsx");
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
        XSSFSheet sheet = book.getSheetAt(0);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
            .isEqualTo(table.get("title").asText());
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A3:E");
        JsonNode rows = table.get("rows");
        assertThat(sheet.getLastRowNum()).isEqualTo(2 + rows.size());
        for (int r = 0; r < rows.size(); r++) {
          Row row = sheet.getRow(3 + r);
          JsonNode expected = rows.get(r);
          assertThat(row.getCell(0).getStringCellValue()).isEqualTo(expected.get(0).asText());
          for (int c = 1; c <= 4; c++) {
            if (expected.get(c).isNull()) {
              assertThat(row.getCell(c)).isNull();
              continue;
            }
            assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(c).getNumericCellValue()).isEqualTo(expected.get(c).asDouble());
          }
          if (!expected.get(3).isNull()) {
            assertThat(row.getCell(3).getCellStyle().getDataFormatString()).contains("%");
          }
        }
      }
    }
    JsonNode gaps = json("deputy", "/api/reports/completeness");
    assertThat(gaps.get("subtitle").asText()).contains("все классы полностью");
    assertThat(gaps.get("rows"))
        .as("a complete sync leaves out no term day, holidays are none")
        .isEmpty();

    HttpResponse<byte[]> whole = bytes("deputy", "/reports?format=xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(whole.body()))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(8);
    }
    HttpResponse<byte[]> findings =
        bytes("deputy", "/reports/findings?format=xlsx&rule=LESSON_RECORD_SAME_DAY");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(findings.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(3).getCell(0).getCellStyle().getDataFormatString())
          .isEqualTo("dd.mm.yyyy");
    }
    HttpResponse<byte[]> csv = bytes("deputy", "/api/reports/classes?format=csv");
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith(
            "\uFEFFКласс;Проверено единиц;Единиц с замечаниями;Доля без замечаний;Замечаний");
    assertThat(text).containsPattern(";\\d+,\\d%;");
  }

  @Test
  void everyNumberLeadsToItsFindingsWithTheRegulationsWords() throws Exception {
    JsonNode report = json("deputy", "/api/reports/dashboard");
    JsonNode worst = report.get("worstClasses").get(0);
    JsonNode listed =
        json("deputy", "/api/reports/findings?class=" + Api.enc(worst.get("key").asText()))
            .get("findings");
    assertThat(listed.size()).isEqualTo(worst.get("findings").asInt());
    JsonNode one = listed.get(0);

    Document page =
        Jsoup.parse(
            api.get(
                    "deputy",
                    "/reports/findings?class="
                        + Api.enc(one.get("className").asText())
                        + "&rule="
                        + one.get("rule").asText())
                .body());
    assertThat(page.select("tr.finding .message").eachText()).contains(one.get("message").asText());
    assertThat(page.text())
        .contains(
            "п. " + one.get("clause").asText(), one.get("regulation").asText().substring(0, 30));
    if (one.get("teacher").isTextual()) {
      assertThat(page.text()).contains(one.get("teacher").asText());
    }
    assertThat(page.select(".evidence li")).isNotEmpty();

    HttpResponse<byte[]> pdf =
        bytes(
            "deputy",
            "/reports/findings?format=pdf&class="
                + Api.enc(one.get("className").asText())
                + "&rule="
                + one.get("rule").asText());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(PdfText.of(pdf.body()).replaceAll("\\s+", " "))
        .contains(one.get("className").asText(), "п. " + one.get("clause").asText(), "М.П.");
  }

  @Test
  void theSummarySheetAndTheTermReportDownloadForThoseWhoMaySeeThem() throws Exception {
    List<String> classes = new ArrayList<>();
    json("deputy", "/api/reports/dashboard")
        .get("byClass")
        .forEach(r -> classes.add(r.get("key").asText()));
    String mine = classes.get(0);
    String other = classes.get(1);
    Api.account(accounts, "klass2", Role.CLASS_TEACHER, "Сидорова А. Б.", mine);

    HttpResponse<byte[]> sheet =
        bytes("klass2", "/reports/summary-sheet?format=xlsx&class=" + Api.enc(mine));
    assertThat(sheet.statusCode()).isEqualTo(200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.body()))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(1);
      assertThat(book.getSheetAt(0).getSheetName()).contains(mine);
    }
    HttpResponse<byte[]> printed =
        bytes("klass2", "/reports/summary-sheet?format=pdf&class=" + Api.enc(mine));
    assertThat(printed.statusCode()).isEqualTo(200);
    assertThat(PdfText.of(printed.body())).contains(mine, "М.П.");
    assertThat(api.get("klass2", "/reports/summary-sheet?class=" + Api.enc(mine)).body())
        .contains("Сводная ведомость итоговой успеваемости");
    assertThat(api.get("klass2", "/reports/summary-sheet?class=" + Api.enc(other)).statusCode())
        .isEqualTo(403);
    assertThat(api.get("klass2", "/reports/summary-sheet").statusCode()).isEqualTo(403);

    assertThat(
            api.get("klass2", "/reports/term-report?format=xlsx&term=" + Api.enc("1 четверть"))
                .statusCode())
        .isEqualTo(403);
    HttpResponse<byte[]> term =
        bytes("deputy", "/reports/term-report?format=xlsx&term=" + Api.enc("1 четверть"));
    assertThat(term.statusCode()).isEqualTo(200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(term.body()))) {
      assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
          .contains("1 четверть");
    }
    assertThat(
            api.get("deputy", "/reports/term-report?format=xlsx&term=" + Api.enc("9 четверть"))
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aClassTeacherSeesTheirClassOnlyAndATeacherTheirOwnFindings() throws Exception {
    JsonNode byClass = json("deputy", "/api/reports/dashboard").get("byClass");
    List<String> classes = new ArrayList<>();
    byClass.forEach(r -> classes.add(r.get("key").asText()));
    assertThat(classes).hasSizeGreaterThan(1);
    String mine = classes.get(0);
    String other = classes.get(1);
    Api.account(accounts, "classteacher", Role.CLASS_TEACHER, "Сидорова А. Б.", mine);

    assertThat(api.get("classteacher", "/reports?class=" + Api.enc(other)).statusCode())
        .isEqualTo(403);
    assertThat(api.get("classteacher", "/reports?class=" + Api.enc(other)).body())
        .contains("не ваш класс");
    for (String path :
        List.of("/api/reports/dashboard", "/api/reports/findings", "/api/reports/classes")) {
      HttpResponse<String> refused = api.get("classteacher", path + "?class=" + Api.enc(other));
      assertThat(refused.statusCode()).as(path).isEqualTo(403);
      assertThat(refused.body()).contains("не ваш класс");
    }
    JsonNode own = json("classteacher", "/api/reports/dashboard");
    assertThat(names(own.get("byClass"))).containsExactly(mine);
    assertThat(own.get("byClass").get(0).get("units").asInt())
        .isEqualTo(byClass.get(0).get("units").asInt());
    assertThat(api.get("classteacher", "/reports").statusCode()).isEqualTo(200);

    JsonNode findings = json("deputy", "/api/reports/findings").get("findings");
    String teacher = null;
    for (JsonNode f : findings) {
      if (f.get("teacher").isTextual() && !f.get("teacher").asText().contains(",")) {
        teacher = f.get("teacher").asText();
        break;
      }
    }
    assertThat(teacher).isNotNull();
    Api.account(accounts, "subjectteacher", Role.TEACHER, teacher, mine);
    JsonNode his = json("subjectteacher", "/api/reports/findings").get("findings");
    assertThat(his).isNotEmpty();
    for (JsonNode f : his) {
      assertThat(List.of(f.get("teacher").asText().split(", "))).contains(teacher);
    }
    assertThat(names(json("subjectteacher", "/api/reports/teachers").get("rows"), 0))
        .containsExactly(teacher);
    assertThat(
            api.get("subjectteacher", "/api/reports/findings?teacher=" + Api.enc("Другой Т. Т."))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void theApiIsDescribedByOpenApiForSignedInUsers() throws Exception {
    HttpResponse<String> docs = api.get("deputy", "/v3/api-docs");
    assertThat(docs.statusCode()).isEqualTo(200);
    JsonNode paths = JSON.readTree(docs.body()).get("paths");
    assertThat(paths.has("/api/reports/dashboard")).isTrue();
    assertThat(paths.has("/api/reports/findings")).isTrue();
    assertThat(paths.has("/api/reports/{view}")).isTrue();
    assertThat(api.get(null, "/v3/api-docs").statusCode()).isIn(302, 401);
  }

  @Test
  void signingInLeadsToTheDashboardAndTheAdministratorDecidesOnTheRegisterPage() throws Exception {
    Api.account(accounts, "admin", Role.ADMINISTRATOR, "Петрова Е. В.");
    Api.account(accounts, "filer", Role.CLASS_TEACHER, "Сидорова А. Б.", "7А");
    HttpResponse<String> filed =
        api.post(
            "filer",
            "/api/corrections",
            """
            {"className": "7А", "targetDate": "2025-10-06", "subject": "Алгебра",
             "changes": "«3» → «4»", "reason": "Ошибка ввода"}\
            """);
    assertThat(filed.statusCode()).isEqualTo(201);
    long id = JSON.readTree(filed.body()).get("id").asLong();

    HttpClient deputy = signedIn("deputy");
    HttpResponse<String> readOnly = deputy.send(api.page("/reports/corrections"), body());
    assertThat(readOnly.body()).contains("«3» → «4»").doesNotContain("Одобрить");
    String token = Api.csrf(readOnly.body());
    assertThat(
            deputy
                .send(
                    api.form("/reports/corrections/" + id + "/approve", "changesMade=x", token),
                    body())
                .statusCode())
        .isEqualTo(403);

    HttpClient admin = signedIn("admin");
    HttpResponse<String> register = admin.send(api.page("/reports/corrections"), body());
    assertThat(register.body()).contains("Одобрить", "Отклонить");
    HttpResponse<String> approved =
        admin.send(
            api.form(
                "/reports/corrections/" + id + "/approve",
                "changesMade=" + Api.enc("Отметка «3» заменена на «4»"),
                Api.csrf(register.body())),
            body());
    assertThat(approved.statusCode()).isEqualTo(302);
    assertThat(admin.send(api.page("/reports/corrections"), body()).body())
        .contains("Решение по заявке №" + id + " записано", "одобрена", "Петрова Е. В.");
    assertThat(
            JSON.readTree(api.get("admin", "/api/corrections/" + id).body()).get("status").asText())
        .isEqualTo("APPROVED");
  }

  /** A browser session signed in through the login form: it lands on the dashboard. */
  private HttpClient signedIn(String login) throws Exception {
    HttpClient browser = api.signIn(login);
    HttpResponse<String> dashboard = browser.send(api.page("/reports"), body());
    assertThat(dashboard.statusCode()).isEqualTo(200);
    assertThat(dashboard.body()).contains("Соответствие ведения электронного журнала регламенту");
    return browser;
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private String termName() throws Exception {
    return json("deputy", "/api/reports/findings").get("findings").get(0).get("term").asText();
  }

  private JsonNode json(String login, String path) throws Exception {
    HttpResponse<String> answer = api.get(login, path);
    assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  private HttpResponse<byte[]> bytes(String login, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(api.uri(path))
                .header("Authorization", Api.basic(login, Api.PASSWORD))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Map<String, Integer> rows(JsonNode rows, String field) {
    Map<String, Integer> map = new HashMap<>();
    rows.forEach(
        r -> {
          if (r.get(field).asInt() > 0) {
            map.put(r.get("key").asText(), r.get(field).asInt());
          }
        });
    return map;
  }

  private static JsonNode row(JsonNode rows, String key) {
    for (JsonNode r : rows) {
      if (r.get("key").asText().equals(key)) {
        return r;
      }
    }
    throw new AssertionError("no row " + key);
  }

  private static Set<String> names(JsonNode rows) {
    Set<String> names = new TreeSet<>();
    rows.forEach(r -> names.add(r.get("key").asText()));
    return names;
  }

  private static Set<String> names(JsonNode rows, int column) {
    Set<String> names = new TreeSet<>();
    rows.forEach(r -> names.add(r.get(column).asText()));
    return names;
  }

  private static String lessonKey(String className, String date, String subject) {
    return className + "|" + date + "|" + subject;
  }
}
