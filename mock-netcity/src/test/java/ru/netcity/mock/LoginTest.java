package ru.netcity.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.netcity.mock.faults.FaultSpec;

class LoginTest {
  private static MockNetCity mock;
  private static int schoolId;

  @BeforeAll
  static void start() {
    mock = SharedMock.start(FaultSpec.NONE);
    schoolId = mock.school().id();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @Test
  void theTestsOwnHashMatchesKnownValuesForACyrillicPassword() {
    String inner = AisTestClient.md5("Завуч2021!", Charset.forName("windows-1251"));
    String pw2 = AisTestClient.md5("9369808045" + inner, StandardCharsets.US_ASCII);
    assertThat(inner).isEqualTo("298ae7b79ae853263bf1ded75e283d75");
    assertThat(pw2).isEqualTo("c17a094f5192a8ee9ac6fe02b609fd56");
    assertThat(pw2.substring(0, "Завуч2021!".length())).isEqualTo("c17a094f51");
  }

  @Test
  void staffLogsInWithTheCyrillicPasswordAndGetsAToken() {
    AisTestClient client = new AisTestClient(mock.baseUrl());
    HttpResponse<String> answer =
        client.login(SharedMock.STAFF_LOGIN, SharedMock.STAFF_PASSWORD, schoolId);

    assertThat(answer.statusCode()).isEqualTo(200);
    var body = AisTestClient.json(answer);
    assertThat(body.get("at").asText()).matches("\\d{20,}");
    assertThat(body.get("timeOut").asLong()).isEqualTo(900_000);
    assertThat(body.get("entryPoint").asText()).doesNotContain("choose-session-role");
    assertThat(client.get("/webapi/context").statusCode()).isEqualTo(200);
  }

  @Test
  void logindataSetsTheSessionCookieWithAPathAttribute() {
    HttpResponse<String> answer = new AisTestClient(mock.baseUrl()).get("/webapi/logindata");

    assertThat(answer.headers().firstValue("Set-Cookie").orElseThrow())
        .matches("NSSESSIONID=[0-9a-f]{32}; path=/.*");
    assertThat(AisTestClient.json(answer).get("schoolLogin").asBoolean()).isTrue();
  }

  @Test
  void theOlderCapitalisedFieldSpellingWorksToo() {
    AisTestClient client = new AisTestClient(mock.baseUrl());
    client.get("/WebApi/LoginData");
    var data = AisTestClient.json(client.post("/webapi/auth/getData", ""));
    String pw2 =
        AisTestClient.md5(
            data.get("salt").asText() + AisTestClient.md5("Завуч2021!", Charset.forName("cp1251")),
            StandardCharsets.US_ASCII);

    HttpResponse<String> answer =
        client.postForm(
            "/webapi/login",
            Map.of(
                "LoginType",
                "1",
                "scid",
                "" + schoolId,
                "UN",
                "zavuch",
                "PW",
                pw2.substring(0, 10),
                "pw2",
                pw2,
                "lt",
                data.get("lt").asText(),
                "ver",
                data.get("ver").asText()));

    assertThat(answer.statusCode()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordIs409WithARussianMessageAndFiveInARowHitTheRateLimit() {
    AisTestClient client = new AisTestClient(mock.baseUrl());
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> answer = client.login("parent" + firstStudent(), "неверный", schoolId);
      assertThat(answer.statusCode()).isEqualTo(409);
      assertThat(AisTestClient.json(answer).get("message").asText())
          .isEqualTo("Неправильный пароль или имя пользователя");
    }
    HttpResponse<String> locked =
        client.login("parent" + firstStudent(), "Родитель" + firstStudent(), schoolId);
    assertThat(locked.statusCode()).isEqualTo(409);
    assertThat(AisTestClient.json(locked).get("message").asText())
        .startsWith("Следующая попытка может быть совершена не ранее чем");
  }

  @Test
  void anUnknownOrLoggedOutTokenGets401AndContextExpiredSaysSo() {
    AisTestClient client = new AisTestClient(mock.baseUrl());
    client.useToken("00168638015429814024329375");
    assertThat(client.get("/webapi/context").statusCode()).isEqualTo(401);

    client.login(SharedMock.STAFF_LOGIN, SharedMock.STAFF_PASSWORD, schoolId);
    String at = client.at();
    assertThat(client.get("/webapi/context/expired?token=" + at).body()).isEqualTo("false");
    assertThat(client.post("/webapi/auth/logout", "").statusCode()).isEqualTo(200);
    assertThat(client.get("/webapi/context").statusCode()).isEqualTo(401);
    assertThat(client.get("/webapi/context/expired?token=" + at).body()).isEqualTo("true");
  }

  @Test
  void aSecondLiveSessionOfTheSameAccountPointsToTheSecurityWarning() {
    new AisTestClient(mock.baseUrl())
        .login("parent" + lastStudent(), "Родитель" + lastStudent(), schoolId);
    HttpResponse<String> second =
        new AisTestClient(mock.baseUrl())
            .login("parent" + lastStudent(), "Родитель" + lastStudent(), schoolId);

    var body = AisTestClient.json(second);
    assertThat(body.get("entryPoint").asText()).isEqualTo("/asp/SecurityWarning.asp");
    assertThat(body.get("requestData").get("warnType").asText()).isEqualTo("1");
  }

  @Test
  void schoolSearchNeedsANameAndFindsTheSchoolByPartOfIt() {
    AisTestClient client = new AisTestClient(mock.baseUrl());
    assertThat(client.get("/webapi/schools/search").statusCode()).isEqualTo(403);

    var found = AisTestClient.json(client.get("/webapi/schools/search?name=%D0%A2%D0%9A%D0%9A"));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).get("id").asInt()).isEqualTo(schoolId);
    assertThat(found.get(0).get("name").asText()).endsWith(" ");
  }

  private static int firstStudent() {
    return mock.school().students().get(0).id();
  }

  private static int lastStudent() {
    return mock.school().students().get(mock.school().students().size() - 1).id();
  }
}
