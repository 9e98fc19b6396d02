package ru.netcity.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.netcity.gateway.security.Accounts;
import ru.netcity.gateway.security.Role;

/**
 * The register's HTTP API on the running service: a teacher files as themself, only the
 * administrator decides (as themself), a teacher sees only their classes, bad input is a 400.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "camel.main.main-run-controller=false",
      "gateway.data-dir=./target/api-tests",
      "gateway.embedded-mock.enabled=false",
      "gateway.sync.on-start=false",
      "netcity.base-url=http://127.0.0.1:9",
      "netcity.login=api-test",
      "netcity.password=api-test",
      "netcity.school=1",
      "spring.datasource.url=jdbc:h2:mem:api-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class CorrectionApiTest {
  private static final String REQUEST =
      """
      {"className": "7А", "targetDate": "2025-10-06",
       "subject": "Алгебра", "changes": "«3» → «4» <b>Иванову</b>", "reason": "Ошибка ввода",
       "basisDocument": "Служебная записка №12"}""";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  private Api api;

  @BeforeEach
  void accounts() {
    api = new Api(port);
    Api.account(accounts, "sidorova", Role.CLASS_TEACHER, "Сидорова А. Б.", "7А");
    Api.account(accounts, "ivanov", Role.TEACHER, "Иванов И. И.", "5Б");
    Api.account(accounts, "petrova", Role.ADMINISTRATOR, "Петрова Е. В.");
    Api.account(accounts, "zavuch", Role.DEPUTY_DIRECTOR, "Завьялова О. П.");
  }

  @Test
  void aTeacherFilesAsThemselfTheAdministratorApprovesAndTheRegisterPrintsIt() throws Exception {
    HttpResponse<String> filed = api.post("sidorova", "/api/corrections", REQUEST);
    assertThat(filed.statusCode()).isEqualTo(201);
    String today = LocalDate.now(ZoneId.of("Asia/Tomsk")).toString();
    assertThat(filed.body())
        .contains(
            "\"status\":\"PENDING\"",
            "\"targetDate\":\"2025-10-06\"",
            "\"teacher\":\"Сидорова А. Б.\"")
        .containsAnyOf(
            "\"requestedOn\":\"" + today + "\"",
            "\"requestedOn\":\"" + LocalDate.parse(today).minusDays(1) + "\"");
    String location = filed.headers().firstValue("Location").orElseThrow();

    assertThat(api.post("sidorova", location + "/approve", "{}").statusCode()).isEqualTo(403);
    assertThat(api.post("zavuch", location + "/approve", "{}").statusCode()).isEqualTo(403);
    assertThat(api.post("petrova", "/api/corrections", REQUEST).statusCode()).isEqualTo(403);

    HttpResponse<String> withoutNote =
        api.post("petrova", location + "/approve", "{\"comment\": \"согласовано\"}");
    assertThat(withoutNote.statusCode()).isEqualTo(400);
    assertThat(withoutNote.body()).contains("Укажите произведённые изменения");
    HttpResponse<String> approved =
        api.post(
            "petrova",
            location + "/approve",
            "{\"changesMade\": \"«3» заменена на «4» <i>Иванову</i>\", \"comment\": \"согласовано\"}");
    assertThat(approved.statusCode()).isEqualTo(200);
    assertThat(approved.body())
        .contains(
            "\"status\":\"APPROVED\"",
            "\"decidedBy\":\"Петрова Е. В.\"",
            "\"changesMade\":\"«3» заменена на «4» <i>Иванову</i>\"");

    HttpResponse<String> again =
        api.post("petrova", location + "/reject", "{\"comment\": \"нет\"}");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("уже принято решение: одобрена", "отклонить одобренную");

    HttpResponse<String> register = api.get("zavuch", "/api/corrections/register?from=2025-09-01");
    assertThat(register.statusCode()).isEqualTo(200);
    assertThat(register.headers().firstValue("Content-Type").orElseThrow()).contains("text/html");
    assertThat(register.body())
        .contains(
            "Журнал «Замена сведений в электронном журнале»",
            "с 01.09.2025",
            "06.10.2025",
            "&lt;b&gt;Иванову&lt;/b&gt;",
            "Служебная записка №12",
            "одобрена",
            "Петрова Е. В.",
            "<td>«3» заменена на «4» &lt;i&gt;Иванову&lt;/i&gt;</td>")
        .doesNotContain("<b>Иванову", "<i>Иванову");
  }

  @Test
  void aTeacherSeesAndFilesOnlyForTheirOwnClasses() throws Exception {
    HttpResponse<String> filed = api.post("sidorova", "/api/corrections", REQUEST);
    String location = filed.headers().firstValue("Location").orElseThrow();

    HttpResponse<String> foreign = api.post("ivanov", "/api/corrections", REQUEST);
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.body()).contains("только по своим классам: 5Б");
    assertThat(api.get("ivanov", location).statusCode()).isEqualTo(403);
    assertThat(api.get("ivanov", "/api/corrections").body()).isEqualTo("[]");
    assertThat(api.get("ivanov", "/api/corrections/register").body()).doesNotContain("Алгебра");
    assertThat(api.get("sidorova", location).statusCode()).isEqualTo(200);
    assertThat(api.get("zavuch", "/api/corrections").body()).contains("Алгебра");
  }

  @Test
  void theFilerTheDecidingAdministratorAndTheDateNeverComeFromTheBody() throws Exception {
    HttpResponse<String> backdated =
        api.post(
            "sidorova",
            "/api/corrections",
            REQUEST.replace("{", "{\"requestedOn\": \"1999-01-02\", "));
    HttpResponse<String> filedEarlier =
        api.post(
            "sidorova",
            "/api/corrections",
            REQUEST.replace("{", "{\"filedAt\": \"2025-10-06T08:00:00\", "));
    HttpResponse<String> asSomeoneElse =
        api.post(
            "sidorova", "/api/corrections", REQUEST.replace("{", "{\"teacher\": \"Кто угодно\", "));
    String location =
        api.post("sidorova", "/api/corrections", REQUEST)
            .headers()
            .firstValue("Location")
            .orElseThrow();
    HttpResponse<String> byAnyone =
        api.post("petrova", location + "/approve", "{\"by\": \"Кто угодно\"}");
    HttpResponse<String> approvedEarlier =
        api.post(
            "petrova",
            location + "/approve",
            "{\"changesMade\": \"исправлено\", \"decidedAt\": \"2025-10-06T08:00:00\"}");
    HttpResponse<String> rejectedWithChanges =
        api.post(
            "petrova",
            location + "/reject",
            "{\"changesMade\": \"исправлено\", \"comment\": \"нет документа\"}");

    assertThat(backdated.statusCode()).isEqualTo(400);
    assertThat(backdated.body()).contains("Дату заявки ставит сервер");
    assertThat(asSomeoneElse.statusCode()).isEqualTo(400);
    assertThat(asSomeoneElse.body()).contains("от своего имени");
    assertThat(byAnyone.statusCode()).isEqualTo(400);
    assertThat(byAnyone.body()).contains("уберите поле «by»");
    assertThat(filedEarlier.statusCode()).isEqualTo(400);
    assertThat(filedEarlier.body())
        .contains("Время подачи заявки ставит сервер в момент подачи: уберите поле «filedAt».");
    assertThat(approvedEarlier.statusCode()).isEqualTo(400);
    assertThat(approvedEarlier.body()).contains("уберите поле «decidedAt»");
    assertThat(rejectedWithChanges.statusCode()).isEqualTo(400);
    assertThat(rejectedWithChanges.body()).contains("уберите поле «changesMade»");
    assertThat(api.get("petrova", location).body()).contains("\"status\":\"PENDING\"");
  }

  @Test
  void badOrOversizeInputIsA400WithRussianErrorsNeverA500() throws Exception {
    String huge = "я".repeat(1 << 20);
    HttpResponse<String> incomplete =
        api.post("sidorova", "/api/corrections", "{\"className\": \"7А\"}");
    HttpResponse<String> garbled =
        api.post("sidorova", "/api/corrections", "{\"targetDate\": \"06.10.2025\"}");
    HttpResponse<String> notJson = api.post("sidorova", "/api/corrections", "{\"className\": ");
    HttpResponse<String> wrongType =
        api.post("sidorova", "/api/corrections", "{\"className\": [1, 2]}");
    HttpResponse<String> longField =
        api.post("sidorova", "/api/corrections", REQUEST.replace("Алгебра", "А".repeat(5000)));
    HttpResponse<String> oneMegabyte =
        api.post("sidorova", "/api/corrections", REQUEST.replace("Алгебра", huge));
    HttpResponse<String> chunked =
        api.send(
            "sidorova",
            HttpRequest.newBuilder(api.uri("/api/corrections"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () ->
                            new ByteArrayInputStream(
                                REQUEST.replace("Алгебра", huge).getBytes()))));
    HttpResponse<String> plainText =
        api.send(
            "sidorova",
            HttpRequest.newBuilder(api.uri("/api/corrections"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(REQUEST)));
    HttpResponse<String> badDate = api.get("sidorova", "/api/corrections?from=15.01.2026");
    HttpResponse<String> badStatus = api.get("sidorova", "/api/corrections?status=MAYBE");
    HttpResponse<String> badId = api.get("sidorova", "/api/corrections/99999999999999999999");
    HttpResponse<String> missing = api.get("sidorova", "/api/corrections/424242");

    assertThat(incomplete.statusCode()).isEqualTo(400);
    assertThat(incomplete.body()).contains("Не заполнено поле «предмет».");
    assertThat(garbled.statusCode()).isEqualTo(400);
    assertThat(garbled.body()).contains("ГГГГ-ММ-ДД");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(notJson.body()).contains("не читается как JSON");
    assertThat(wrongType.statusCode()).isEqualTo(400);
    assertThat(longField.statusCode()).isEqualTo(400);
    assertThat(longField.body()).contains("Поле «предмет» длиннее 300 символов.");
    // refused before any sign-in work, for anyone
    assertThat(api.post(null, "/api/corrections", REQUEST.replace("Алгебра", huge)).statusCode())
        .isEqualTo(400);
    assertThat(oneMegabyte.statusCode()).isEqualTo(400);
    assertThat(oneMegabyte.body()).contains("Тело запроса длиннее 64 КБ.");
    assertThat(chunked.statusCode()).isEqualTo(400);
    assertThat(chunked.body()).contains("Тело запроса длиннее 64 КБ.");
    assertThat(plainText.statusCode()).isEqualTo(415);
    assertThat(plainText.body()).contains("application/json");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).contains("Неверное значение параметра «from»");
    assertThat(badStatus.statusCode()).isEqualTo(400);
    assertThat(badStatus.body()).contains("Неверное значение параметра «status»");
    assertThat(badId.statusCode()).isEqualTo(400);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Заявка №424242 не найдена.");
  }
}
