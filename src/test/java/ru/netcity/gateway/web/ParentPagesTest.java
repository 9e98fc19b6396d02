package ru.netcity.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.netcity.gateway.notify.Channel;
import ru.netcity.gateway.notify.ComplaintDesk;
import ru.netcity.gateway.notify.Inbound;
import ru.netcity.gateway.notify.NotifyFixture;
import ru.netcity.gateway.security.Accounts;
import ru.netcity.gateway.security.Role;

/**
 * The parents' pages on the running service, signed in through the login form with CSRF: a class
 * teacher issues a messenger start link for a parent of his class (page and API) and is refused
 * another class's; he answers a parent's message on the complaints page (empty text and a second
 * answer are errors on the page), the answer is queued to the parent on the channel the message
 * came by, and a teacher of another class can neither see nor answer it.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "camel.main.main-run-controller=false",
      "gateway.data-dir=./target/parent-pages",
      "gateway.embedded-mock.enabled=false",
      "gateway.sync.on-start=false",
      "netcity.base-url=http://127.0.0.1:9",
      "netcity.login=api-test",
      "netcity.password=api-test",
      "netcity.school=1",
      "spring.datasource.url=jdbc:h2:mem:parent-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "gateway.notify.link.telegram-bot=school_bot",
      "gateway.notify.link.max-bot=school_max_bot"
    })
class ParentPagesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired DataSource dataSource;
  @Autowired ComplaintDesk desk;
  private Api api;
  private NotifyFixture db;

  @BeforeEach
  void accounts() {
    api = new Api(port);
    db = new NotifyFixture(dataSource);
    Api.account(accounts, "kl7a", Role.CLASS_TEACHER, "Иванова М. П.", "7А");
    Api.account(accounts, "kl5b", Role.CLASS_TEACHER, "Петров С. С.", "5Б");
  }

  @Test
  void aClassTeacherIssuesAStartLinkForHisClassOnlyOnThePageAndThroughTheApi() throws Exception {
    long parent = db.parent("Громова Елена", 701, "7А", "elena@parents.test", null, null, null);
    HttpClient teacher = api.signIn("kl7a");
    HttpResponse<String> page = teacher.send(api.page("/parents"), body());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Громова Елена", "Выдать ссылку", "e***@parents.test");
    assertThat(page.body()).doesNotContain("elena@parents.test");

    String fields = "parentId=" + parent + "&studentId=701&channel=telegram";
    HttpResponse<String> issued =
        teacher.send(api.form("/parents/link", fields, Api.csrf(page.body())), body());
    assertThat(issued.statusCode()).isEqualTo(302);
    String shown = teacher.send(api.page("/parents"), body()).body();
    String link = Jsoup.parse(shown).select("code").text();
    assertThat(link).matches("https://t\\.me/school_bot\\?start=[A-Za-z0-9_-]{1,64}");
    assertThat(shown).contains("действует один раз до");
    assertThat(teacher.send(api.page("/parents"), body()).body()).doesNotContain(link);
    assertThat(
            db.jdbc.queryForObject(
                "SELECT issued_by FROM parent_start_link WHERE parent_id = ?",
                String.class,
                parent))
        .isEqualTo("kl7a");

    HttpClient other = api.signIn("kl5b");
    String otherPage = other.send(api.page("/parents"), body()).body();
    assertThat(otherPage).doesNotContain("Громова Елена");
    HttpResponse<String> refused =
        other.send(api.form("/parents/link", fields, Api.csrf(otherPage)), body());
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("только родителям учеников своих классов");

    String json = "{\"parentId\": " + parent + ", \"studentId\": 701, \"channel\": \"MAX\"}";
    HttpResponse<String> created = api.post("kl7a", "/api/parents/links", json);
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode answer = JSON.readTree(created.body());
    assertThat(answer.get("link").asText())
        .matches("https://max\\.ru/school_max_bot\\?start=[A-Za-z0-9_-]{1,64}");
    assertThat(answer.get("channel").asText()).isEqualTo("MAX");
    assertThat(api.post("kl5b", "/api/parents/links", json).statusCode()).isEqualTo(403);
    assertThat(api.post("kl7a", "/api/parents/links", json.replace("MAX", "sms")).body())
        .contains("telegram или max");
    assertThat(api.post("kl7a", "/api/parents/links", json.replace("701", "799")).statusCode())
        .isEqualTo(404);
    assertThat(
            db.jdbc.queryForObject(
                "SELECT COUNT(*) FROM parent_start_link WHERE parent_id = ?",
                Integer.class,
                parent))
        .isEqualTo(2);
  }

  @Test
  void aClassTeacherAnswersOnTheComplaintsPageAndTheAnswerGoesBackByTheSameChannel()
      throws Exception {
    long parent = db.parent("Орехова Дарья", 702, "7А", null, null, "800702", null);
    long id =
        desk.register(new Inbound(Channel.MAX, "mid.702", "800702", "Жалоба: не вижу оценку", null))
            .orElseThrow();

    HttpClient other = api.signIn("kl5b");
    String otherPage = other.send(api.page("/complaints"), body()).body();
    assertThat(otherPage).doesNotContain("не вижу оценку");
    HttpResponse<String> forged =
        other.send(
            api.form(
                "/complaints/" + id + "/answer", "text=" + Api.enc("Чужой ответ"), csrf(other)),
            body());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(api.get("kl5b", "/api/complaints/" + id).statusCode()).isEqualTo(403);
    assertThat(desk.find(id).orElseThrow().answered()).isFalse();

    HttpClient teacher = api.signIn("kl7a");
    String page = teacher.send(api.page("/complaints"), body()).body();
    assertThat(page).contains("не вижу оценку", "Ответить", "ждёт ответа");

    HttpResponse<String> empty =
        teacher.send(
            api.form("/complaints/" + id + "/answer", "text=" + Api.enc("  "), Api.csrf(page)),
            body());
    assertThat(empty.statusCode()).isEqualTo(302);
    assertThat(teacher.send(api.page("/complaints"), body()).body()).contains("Текст ответа пуст.");
    assertThat(desk.find(id).orElseThrow().answered()).isFalse();

    HttpResponse<String> answered =
        teacher.send(
            api.form(
                "/complaints/" + id + "/answer",
                "text=" + Api.enc("Оценка выставлена, проверьте дневник."),
                csrf(teacher)),
            body());
    assertThat(answered.statusCode()).isEqualTo(302);
    assertThat(answered.headers().firstValue("Location").orElseThrow()).endsWith("/complaints");
    String after = teacher.send(api.page("/complaints"), body()).body();
    assertThat(after)
        .contains("Ответ на обращение № " + id + " записан")
        .contains("Оценка выставлена, проверьте дневник.")
        .contains("Иванова М. П.");
    assertThat(desk.find(id).orElseThrow().answeredAt()).isNotNull();
    List<String> queued =
        db.jdbc.queryForList(
            "SELECT channel FROM notification_outbox WHERE idempotency_key = ? AND parent_id = ?",
            String.class,
            "answer:" + id,
            parent);
    assertThat(queued).containsExactly("MAX");

    teacher.send(
        api.form("/complaints/" + id + "/answer", "text=" + Api.enc("Ещё раз"), csrf(teacher)),
        body());
    assertThat(teacher.send(api.page("/complaints"), body()).body())
        .contains("На обращение № " + id + " уже ответили.");
    assertThat(desk.find(id).orElseThrow().answer())
        .isEqualTo("Оценка выставлена, проверьте дневник.");
  }

  /** The session's CSRF token, as the complaints page's forms carry it. */
  private String csrf(HttpClient browser) throws Exception {
    return Api.csrf(browser.send(api.page("/parents"), body()).body());
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString();
  }
}
