package ru.netcity.gateway.netcity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pins the literal wire strings of netcity-api.md §1 against a plain WireMock: paths, form field
 * names, header names, and the pw/pw2 values, which are computed here from known inputs by an
 * independent implementation (Python's hashlib gave the same digests).
 */
class NetCityContractTest {
  private static final String SALT = "9369808045";
  private static final String PASSWORD = "Завуч2021!";

  /** md5(salt + md5(cp1251("Завуч2021!"))), computed outside the project. */
  private static final String PW2 = "c17a094f5192a8ee9ac6fe02b609fd56";

  private static final String AT = "00168638015429814024329375";

  private WireMockServer server;

  @BeforeEach
  void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort());
    server.start();
    server.stubFor(
        get("/webapi/logindata")
            .willReturn(okJson("{}").withHeader("Set-Cookie", "NSSESSIONID=abc123; path=/")));
    server.stubFor(
        post("/webapi/auth/getdata")
            .willReturn(
                okJson("{\"lt\":\"878792729\",\"ver\":\"679337794\",\"salt\":\"" + SALT + "\"}")));
    server.stubFor(
        post("/webapi/login").willReturn(okJson("{\"at\":\"" + AT + "\",\"timeOut\":900000}")));
    server.stubFor(post("/webapi/auth/logout").willReturn(aResponse().withStatus(200)));
    server.stubFor(
        get("/webapi/years/current")
            .willReturn(
                okJson(
                    "{\"id\":310,\"name\":\"2025/2026\",\"startDate\":\"2025-09-01T00:00:00\",\"endDate\":\"2026-05-31T00:00:00\"}")));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void theHashMatchesTheIndependentlyComputedValues() {
    assertThat(PasswordHasher.pw2(SALT, PASSWORD)).isEqualTo(PW2);
    assertThat(PasswordHasher.pw(SALT, PASSWORD)).isEqualTo("c17a094f51");
    assertThat(PasswordHasher.pw2(SALT, "secret")).isEqualTo("5dd992e0446e8043598843f682174284");
  }

  @Test
  void loginSendsTheLiteralFormAndEveryCallCarriesRefererAndAt() {
    try (NetCityClient client = NetCityClient.open(connection("22"), Budget.polite())) {
      assertThat(client.currentYear().id()).isEqualTo(310);
    }

    server.verify(
        postRequestedFor(urlEqualTo("/webapi/auth/getdata"))
            .withHeader("Cookie", equalTo("NSSESSIONID=abc123"))
            .withHeader("Referer", equalTo(origin() + "/")));
    server.verify(
        postRequestedFor(urlEqualTo("/webapi/login"))
            .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded; charset=UTF-8"))
            .withRequestBody(
                equalTo(
                    "loginType=1&scid=22&un=zavuch&pw=c17a094f51&pw2="
                        + PW2
                        + "&lt=878792729&ver=679337794")));
    server.verify(
        getRequestedFor(urlEqualTo("/webapi/years/current")).withHeader("at", equalTo(AT)));
    server.verify(
        postRequestedFor(urlEqualTo("/webapi/auth/logout"))
            .withRequestBody(equalTo("at=" + AT + "&ver=679337794")));
  }

  @Test
  void aSchoolNameIsResolvedThroughSchoolsSearch() {
    server.stubFor(
        get(urlPathEqualTo("/webapi/schools/search"))
            .withQueryParam("name", equalTo("ОГБОУ КШИ ТКК"))
            .willReturn(
                okJson(
                    "[{\"id\":1007,\"name\":\"ОГБОУ КШИ ТКК (г. Томск) \",\"shortName\":\"ОГБОУ КШИ ТКК\"}]")));

    try (NetCityClient client = NetCityClient.open(connection("ОГБОУ КШИ ТКК"), Budget.polite())) {
      assertThat(client.schoolId()).isEqualTo(1007);
    }
    server.verify(
        postRequestedFor(urlEqualTo("/webapi/login"))
            .withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing("scid=1007")));
  }

  @Test
  void a409NamesTheAccountButNeverThePasswordAndIsNotRetried() {
    server.stubFor(
        post("/webapi/login")
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withBody("{\"message\":\"Неправильный пароль или имя пользователя\"}")));

    assertThatThrownBy(() -> NetCityClient.open(connection("22"), Budget.polite()))
        .isInstanceOf(NetCityException.BadCredentials.class)
        .hasMessageContaining("'zavuch'")
        .hasMessageContaining("Неправильный пароль")
        .hasMessageNotContaining(PASSWORD);
    server.verify(1, postRequestedFor(urlEqualTo("/webapi/login")));
  }

  @Test
  void theRateLimitTextIsReportedAsSuch() {
    server.stubFor(
        post("/webapi/login")
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withBody(
                        "{\"message\":\"Следующая попытка может быть совершена не ранее чем через 60 сек.\"}")));

    assertThatThrownBy(() -> NetCityClient.open(connection("22"), Budget.polite()))
        .isInstanceOf(NetCityException.RateLimited.class);
  }

  @Test
  void aReloginRefusedMidRunEndsTheSessionAfterTwoLoginsWhateverTheCallsMade() throws Exception {
    server.stubFor(
        post("/webapi/login")
            .inScenario("password changed")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson("{\"at\":\"" + AT + "\",\"timeOut\":900000}"))
            .willSetStateTo("changed"));
    server.stubFor(
        post("/webapi/login")
            .inScenario("password changed")
            .whenScenarioStateIs("changed")
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withBody("{\"message\":\"Неправильный пароль или имя пользователя\"}")));
    server.stubFor(get("/webapi/years/current").willReturn(aResponse().withStatus(401)));

    try (NetCityClient client = NetCityClient.open(connection("22"), Budget.polite())) {
      var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
      try {
        var calls = new java.util.ArrayList<java.util.concurrent.Future<?>>();
        for (int i = 0; i < 20; i++) {
          calls.add(pool.submit(client::currentYear));
        }
        for (var call : calls) {
          assertThatThrownBy(() -> call.get(10, java.util.concurrent.TimeUnit.SECONDS))
              .hasCauseInstanceOf(NetCityException.BadCredentials.class);
        }
      } finally {
        pool.shutdownNow();
      }
    }
    server.verify(2, postRequestedFor(urlEqualTo("/webapi/login")));
    // only the calls made before the refusal reached the AIS; the rest failed without being sent
    assertThat(
            server
                .countRequestsMatching(getRequestedFor(urlEqualTo("/webapi/years/current")).build())
                .getCount())
        .isLessThanOrEqualTo(8);
  }

  @Test
  void a429AtLoginIsNotRetriedAndEndsTheSession() {
    server.stubFor(
        post("/webapi/login")
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));

    assertThatThrownBy(() -> NetCityClient.open(connection("22"), Budget.polite()))
        .isInstanceOf(NetCityException.TooManyRequests.class);
    server.verify(1, postRequestedFor(urlEqualTo("/webapi/login")));
  }

  @Test
  void aLoginThatKeepsFailingWith5xxIsTriedThreeTimesInAll() {
    server.stubFor(post("/webapi/login").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> NetCityClient.open(connection("22"), Budget.polite()))
        .isInstanceOf(NetCityException.ServerError.class);
    server.verify(3, postRequestedFor(urlEqualTo("/webapi/login")));
  }

  @Test
  void a401LogsInAgainOnceAndRepeatsTheCall() {
    server.stubFor(
        get("/webapi/years/current")
            .inScenario("expiry")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(401))
            .willSetStateTo("expired"));
    server.stubFor(
        get("/webapi/years/current")
            .inScenario("expiry")
            .whenScenarioStateIs("expired")
            .willReturn(okJson("{\"id\":311}")));

    try (NetCityClient client = NetCityClient.open(connection("22"), Budget.polite())) {
      assertThat(client.currentYear().id()).isEqualTo(311);
    }
    server.verify(2, postRequestedFor(urlEqualTo("/webapi/login")));
  }

  @Test
  void aStaffAccountThatIsAlsoAParentLogsInAgainWithItsStaffRole() {
    server.stubFor(
        post("/webapi/login")
            .inScenario("roles")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                okJson(
                    "{\"at\":\"1\",\"timeOut\":900000,\"entryPoint\":\"/app/choose-session-role\","
                        + "\"accountInfo\":{\"userRoles\":[{\"userId\":5,\"schoolId\":22,\"role\":{\"id\":2,\"name\":\"Родитель\"}},"
                        + "{\"userId\":5,\"schoolId\":22,\"role\":{\"id\":7,\"name\":\"Завуч\"}}]}}"))
            .willSetStateTo("chosen"));
    server.stubFor(
        post("/webapi/login")
            .inScenario("roles")
            .whenScenarioStateIs("chosen")
            .willReturn(okJson("{\"at\":\"" + AT + "\",\"timeOut\":900000}")));

    try (NetCityClient client = NetCityClient.open(connection("22"), Budget.polite())) {
      assertThat(client.currentYear().id()).isEqualTo(310);
    }
    server.verify(
        postRequestedFor(urlEqualTo("/webapi/login"))
            .withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing("rolegroup=7")));
  }

  @Test
  void theSecurityWarningOfOtherLiveSessionsDoesNotStopTheLogin() {
    server.stubFor(
        post("/webapi/login")
            .willReturn(
                okJson(
                    "{\"at\":\""
                        + AT
                        + "\",\"timeOut\":900000,"
                        + "\"entryPoint\":\"/asp/SecurityWarning.asp\",\"requestData\":{\"warnType\":\"1\"}}")));

    try (NetCityClient client = NetCityClient.open(connection("22"), Budget.polite())) {
      assertThat(client.currentYear().id()).isEqualTo(310);
    }
  }

  @Test
  void aLongRunIsKeptAliveWithContextPings() {
    server.stubFor(get("/webapi/context").willReturn(okJson("{}")));
    Budget polite = Budget.polite();
    Budget quickPings =
        new Budget(
            4,
            10,
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            Duration.ofMillis(100),
            1,
            Duration.ofMillis(10),
            polite.retryTotal(),
            polite.maxJsonSize(),
            polite.maxReportSize(),
            polite.breaker());

    try (NetCityClient client = NetCityClient.open(connection("22"), quickPings)) {
      await()
          .atMost(Duration.ofSeconds(5))
          .until(
              () ->
                  server
                          .countRequestsMatching(
                              getRequestedFor(urlEqualTo("/webapi/context")).build())
                          .getCount()
                      >= 2);
    }
    server.verify(getRequestedFor(urlEqualTo("/webapi/context")).withHeader("at", equalTo(AT)));
  }

  private NetCityConnection connection(String school) {
    return new NetCityConnection(URI.create(origin()), "zavuch", PASSWORD, school);
  }

  private String origin() {
    return "http://localhost:" + server.port();
  }
}
