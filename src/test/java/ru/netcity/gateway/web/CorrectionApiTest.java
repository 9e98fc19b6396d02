package ru.netcity.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The register's HTTP API on the running service: file, decide, list and print. */
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
      {"className": "7А", "teacher": "Сидорова А. Б.", "targetDate": "2025-10-06",
       "subject": "Алгебра", "changes": "«3» → «4» <b>Иванову</b>", "reason": "Ошибка ввода",
       "basisDocument": "Служебная записка №12"}""";

  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aTeacherFilesAnAdministratorApprovesAndTheRegisterPrintsIt() throws Exception {
    HttpResponse<String> filed = post("/api/corrections", REQUEST);
    assertThat(filed.statusCode()).isEqualTo(201);
    assertThat(filed.body()).contains("\"status\":\"PENDING\"", "\"targetDate\":\"2025-10-06\"");
    String location = filed.headers().firstValue("Location").orElseThrow();

    HttpResponse<String> approved =
        post(location + "/approve", "{\"by\": \"Петрова Е. В.\", \"comment\": \"согласовано\"}");
    assertThat(approved.statusCode()).isEqualTo(200);
    assertThat(approved.body())
        .contains("\"status\":\"APPROVED\"", "\"decidedBy\":\"Петрова Е. В.\"");

    HttpResponse<String> again =
        post(location + "/reject", "{\"by\": \"Иванов\", \"comment\": \"нет\"}");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("уже принято решение: одобрена");

    HttpResponse<String> register = get("/api/corrections/register?from=2025-09-01");
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
            "Петрова Е. В.")
        .doesNotContain("<b>Иванову");
  }

  @Test
  void badInputIsAnsweredWithRussianErrors() throws Exception {
    HttpResponse<String> incomplete = post("/api/corrections", "{\"className\": \"7А\"}");
    HttpResponse<String> garbled = post("/api/corrections", "{\"targetDate\": \"06.10.2025\"}");
    HttpResponse<String> badDate = get("/api/corrections?from=15.01.2026");
    HttpResponse<String> missing = get("/api/corrections/424242");

    assertThat(incomplete.statusCode()).isEqualTo(400);
    assertThat(incomplete.body()).contains("Не заполнено поле «учитель».");
    assertThat(garbled.statusCode()).isEqualTo(400);
    assertThat(garbled.body()).contains("ГГГГ-ММ-ДД");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).contains("Неверное значение параметра «from»");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Заявка №424242 не найдена.");
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : "http://127.0.0.1:" + port + path);
  }
}
