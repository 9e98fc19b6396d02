package ru.netcity.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.security.Role;
import ru.netcity.gateway.sync.SyncJob;
import ru.netcity.gateway.sync.SyncMode;
import ru.netcity.gateway.sync.SyncProgress;

/**
 * In a real browser on the synced and audited mock school: the deputy director signs in through the
 * Russian form and lands on the service's first page (its screenshot is kept); a class teacher is
 * refused another class's findings, as a page and as the page's own API call, and the printed
 * correction register shows only their class's requests.
 */
class RolesInTheBrowserTest extends BrowserTestBase {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
  private static List<String> classes;

  @Autowired SyncJob sync;
  @Autowired AuditService audits;

  @BeforeEach
  void schoolSyncedAndAudited() throws Exception {
    account("deputy", Role.DEPUTY_DIRECTOR, "Завьялова О. П.");
    if (classes == null) {
      sync.run(SyncMode.FULL, SyncProgress.SILENT);
      audits.audit();
      Set<String> named = new TreeSet<>();
      JsonNode findings = new ObjectMapper().readTree(basic("deputy", "GET", "/api/findings", ""));
      findings.get("findings").forEach(f -> named.add(f.get("className").asText()));
      classes = new ArrayList<>(named);
    }
    assertThat(classes).as("classes with findings").hasSizeGreaterThan(1);
  }

  @Test
  void theDeputyDirectorSignsInThroughTheFormAndLandsOnTheFirstPage() throws Exception {
    signIn("deputy");

    assertThat(currentPath()).doesNotContain("/login", "error");
    String page = text();
    assertThat(page).doesNotContain("Неверное имя входа", "Недостаточно прав");
    Path shot = screenshot("landing-deputy");
    assertThat(Files.size(shot)).isGreaterThan(1000);
    assertThat(Files.readAllBytes(shot)).startsWith(PNG);

    Map<String, Object> all = fetch("/api/findings");
    assertThat(all.get("status")).isEqualTo(200L);
    for (String cls : classes) {
      assertThat((String) all.get("body")).contains("\"className\":\"" + cls + "\"");
    }
  }

  @Test
  void aClassTeacherIsRefusedAnotherClassAsAPageAndAsAnApiCall() throws Exception {
    String mine = classes.get(0);
    String other = classes.get(1);
    account("klass", Role.CLASS_TEACHER, "Сидорова А. Б.", mine);
    account("sosed", Role.CLASS_TEACHER, "Иванов И. И.", other);
    file("klass", mine, "Заявка своего класса");
    file("sosed", other, "Заявка чужого класса");

    signIn("klass");
    assertThat(currentPath()).doesNotContain("/login", "error");

    String refused = open("/api/findings?class=" + enc(other));
    assertThat(refused).contains("это не ваш класс").doesNotContain("\"findings\"");
    screenshot("refused-other-class");
    Map<String, Object> foreign = fetch("/api/findings?class=" + enc(other));
    assertThat(foreign.get("status")).isEqualTo(403L);
    assertThat((String) foreign.get("body")).contains("это не ваш класс");
    Map<String, Object> own = fetch("/api/findings?class=" + enc(mine));
    assertThat(own.get("status")).isEqualTo(200L);
    assertThat((String) own.get("body"))
        .contains("\"className\":\"" + mine + "\"")
        .doesNotContain("\"className\":\"" + other + "\"");

    String register = open("/api/corrections/register");
    assertThat(register)
        .contains("Замена сведений в электронном журнале", "Заявка своего класса")
        .doesNotContain("Заявка чужого класса");
    screenshot("register-class-teacher");
  }

  /** Files a correction request through the JSON API as the class's teacher. */
  private void file(String login, String cls, String reason) throws Exception {
    basic(
        login,
        "POST",
        "/api/corrections",
        """
        {"className": "%s", "targetDate": "2025-10-06", "subject": "Алгебра",
         "changes": "«3» → «4»", "reason": "%s"}"""
            .formatted(cls, reason));
  }

  private String basic(String login, String method, String path, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url(path)))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((login + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    if (method.equals("POST")) {
      request
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json));
    }
    HttpResponse<String> answer =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode())
        .as(method + " " + path + ": " + answer.body())
        .isBetween(200, 201);
    return answer.body();
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
