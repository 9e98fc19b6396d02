package ru.netcity.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.security.Account;
import ru.netcity.gateway.security.Accounts;
import ru.netcity.gateway.security.Role;
import ru.netcity.gateway.sync.SyncJob;
import ru.netcity.gateway.sync.SyncMode;

/**
 * Who may do what on the running service: nothing but health answers anonymously, a teacher sees
 * only their classes' findings, repeated failures lock an account, a signed-in page needs its CSRF
 * token. The embedded mock school gives the audit real findings.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "camel.main.main-run-controller=false",
      "gateway.data-dir=./target/security-api",
      "gateway.embedded-mock.seed=32",
      "gateway.embedded-mock.students=40",
      "gateway.sync.on-start=false",
      "netcity.budget.requests-per-second=5000",
      "spring.datasource.url=jdbc:h2:mem:security-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class SecurityApiTest {

  @LocalServerPort int port;
  @Autowired Accounts accounts;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired PathMappedEndpoints actuator;
  @Autowired SyncJob sync;
  @Autowired AuditService audits;
  private Api api;

  @BeforeEach
  void accounts() {
    api = new Api(port);
    Api.account(accounts, "admin", Role.ADMINISTRATOR, "Петрова Е. В.");
    Api.account(accounts, "deputy", Role.DEPUTY_DIRECTOR, "Завьялова О. П.");
  }

  @Test
  void everyMappedEndpointRefusesAnAnonymousRequestButHealthWithoutDetails() throws Exception {
    List<String> refused = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
              for (String pattern : info.getPatternValues()) {
                for (RequestMethod verb : verbs.isEmpty() ? Set.of(RequestMethod.GET) : verbs) {
                  refused.add(verb + " " + pattern.replaceAll("\\{[^}]+}", "1"));
                }
              }
            });
    for (String path : actuator.getAllPaths()) {
      if (!path.endsWith("/health")) {
        refused.add("GET " + path);
      }
    }
    refused.add("GET " + actuator.getBasePath());
    // The sign-in form is the one page anyone may open: it holds the form and its CSRF token only.
    assertThat(refused.remove("GET /login")).isTrue();
    HttpResponse<String> login = api.get(null, "/login");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("Вход в шлюз", "name=\"_csrf\"");
    assertThat(refused)
        .contains(
            "POST /api/corrections",
            "POST /api/corrections/1/approve",
            "GET /api/findings",
            "GET /api/corrections/register",
            "GET /actuator/metrics");

    for (String endpoint : refused) {
      String[] parts = endpoint.split(" ", 2);
      HttpResponse<String> answer =
          api.send(
              null,
              HttpRequest.newBuilder(api.uri(parts[1]))
                  .header("Content-Type", "application/json")
                  .method(
                      parts[0],
                      parts[0].equals("GET")
                          ? HttpRequest.BodyPublishers.noBody()
                          : HttpRequest.BodyPublishers.ofString("{}")));
      assertThat(answer.statusCode()).as(endpoint).isIn(401, 302);
      if (answer.statusCode() == 302) {
        assertThat(answer.headers().firstValue("Location").orElseThrow())
            .as(endpoint)
            .endsWith("/login");
      } else {
        assertThat(answer.headers().firstValue("WWW-Authenticate").orElseThrow())
            .as(endpoint)
            .startsWith("Basic");
      }
    }

    HttpResponse<String> health = api.get(null, "/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(new ObjectMapper().readTree(health.body()).fieldNames())
        .toIterable()
        .containsExactly("status");
    assertThat(api.get("admin", "/actuator/health").body()).contains("\"components\"", "\"db\"");
    assertThat(api.get("deputy", "/actuator/metrics").statusCode()).isEqualTo(200);
  }

  @Test
  void aTeacherSeesOnlyTheFindingsOfTheirClasses() throws Exception {
    sync.run(SyncMode.FULL, (done, total, elapsed) -> {});
    audits.audit();
    JsonNode all = findings("deputy", "");
    Set<String> classes = new TreeSet<>();
    all.get("findings").forEach(f -> classes.add(f.get("className").asText()));
    assertThat(classes).hasSizeGreaterThan(1);
    String mine = classes.iterator().next();
    String other = new ArrayList<>(classes).get(1);
    Api.account(accounts, "teacher", Role.TEACHER, "Сидорова А. Б.", mine);

    JsonNode own = findings("teacher", "");
    assertThat(own.get("findings")).isNotEmpty();
    own.get("findings").forEach(f -> assertThat(f.get("className").asText()).isEqualTo(mine));
    assertThat(findings("teacher", "?class=" + Api.enc(mine)).get("findings").size())
        .isEqualTo(own.get("findings").size());
    HttpResponse<String> foreign = api.get("teacher", "/api/findings?class=" + Api.enc(other));
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.body()).contains("это не ваш класс");
    assertThat(findings("admin", "?class=" + Api.enc(other)).get("findings")).isNotEmpty();

    // ?teacher=: exactly the findings that name him, still only of the account's classes
    List<String> named = new ArrayList<>();
    all.get("findings")
        .forEach(
            f -> {
              if (f.get("teacher").isTextual()) {
                named.add(f.get("teacher").asText().split(", ")[0]);
              }
            });
    String teacher = named.get(0);
    List<String> his = new ArrayList<>();
    all.get("findings")
        .forEach(
            f -> {
              if (f.get("teacher").isTextual()
                  && List.of(f.get("teacher").asText().split(", ")).contains(teacher)) {
                his.add(f.get("message").asText());
              }
            });
    List<String> filtered = new ArrayList<>();
    findings("deputy", "?teacher=" + Api.enc(teacher))
        .get("findings")
        .forEach(f -> filtered.add(f.get("message").asText()));
    assertThat(filtered).isNotEmpty().containsExactlyInAnyOrderElementsOf(his);
    assertThat(api.get("teacher", "/api/findings?teacher=%20").statusCode()).isEqualTo(400);

    assertThat(api.get("teacher", "/api/findings?rule=NO_SUCH_RULE").statusCode()).isEqualTo(400);
    assertThat(api.get("teacher", "/api/findings?class=" + "Я".repeat(300)).statusCode())
        .isEqualTo(400);
    assertThat(api.get("teacher", "/api/findings?from=2026-13-01").statusCode()).isEqualTo(400);
  }

  @Test
  void repeatedWrongPasswordsLockTheAccountUntilANewPasswordIsSet() throws Exception {
    Api.account(accounts, "locked", Role.TEACHER, "Иванов И. И.", "5А");
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> wrong =
          api.send(
              null,
              HttpRequest.newBuilder(api.uri("/api/corrections"))
                  .header("Authorization", Api.basic("locked", "неверный пароль " + i)));
      assertThat(wrong.statusCode()).isEqualTo(401);
    }

    assertThat(api.get("locked", "/api/corrections").statusCode()).isEqualTo(401);
    Account locked =
        accounts.list().stream().filter(a -> a.login().equals("locked")).findFirst().orElseThrow();
    assertThat(locked.lockedUntil()).isNotNull();

    accounts.passwd("locked", Api.PASSWORD);
    assertThat(api.get("locked", "/api/corrections").statusCode()).isEqualTo(200);
  }

  @Test
  void aSignedInPageSessionNeedsItsCsrfTokenAndItsCookieIsHttpOnlyAndStrict() throws Exception {
    Api.account(accounts, "browser", Role.CLASS_TEACHER, "Сидорова А. Б.", "7А");
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String token =
        Api.csrf(browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body());

    HttpResponse<String> noToken =
        browser.send(form("/login", "browser", Api.PASSWORD, null), body());
    assertThat(noToken.statusCode()).isEqualTo(403);
    HttpResponse<String> wrong =
        browser.send(form("/login", "browser", "не тот пароль", token), body());
    assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    assertThat(browser.send(get("/login?error"), body()).body()).contains("Неверное имя входа");
    token = Api.csrf(browser.send(get("/login"), body()).body());
    HttpResponse<String> signedIn =
        browser.send(form("/login", "browser", Api.PASSWORD, token), body());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    assertThat(signedIn.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c -> assertThat(c).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Strict"));
    assertThat(browser.send(get("/api/corrections"), body()).statusCode()).isEqualTo(200);

    String request =
        """
        {"className": "7А", "targetDate": "2025-10-06", "subject": "Алгебра",
         "changes": "«3» → «4»", "reason": "Ошибка ввода"}\
        """;
    HttpResponse<String> forged = browser.send(json("/api/corrections", request, null), body());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("CSRF");

    String fresh = Api.csrf(browser.send(get("/login"), body()).body());
    HttpResponse<String> filed = browser.send(json("/api/corrections", request, fresh), body());
    assertThat(filed.statusCode()).isEqualTo(201);
    assertThat(filed.body()).contains("\"teacher\":\"Сидорова А. Б.\"");
  }

  private JsonNode findings(String login, String query) throws Exception {
    HttpResponse<String> answer = api.get(login, "/api/findings" + query);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return new ObjectMapper().readTree(answer.body());
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(api.uri(path)).GET().build();
  }

  private HttpRequest form(String path, String login, String password, String token) {
    String fields =
        "username="
            + Api.enc(login)
            + "&password="
            + Api.enc(password)
            + (token == null ? "" : "&_csrf=" + Api.enc(token));
    return HttpRequest.newBuilder(api.uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(fields))
        .build();
  }

  private HttpRequest json(String path, String body, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("X-CSRF-TOKEN", token);
    }
    return request.build();
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString();
  }
}
