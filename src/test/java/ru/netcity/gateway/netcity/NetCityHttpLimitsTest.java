package ru.netcity.gateway.netcity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP layer against real servers that misbehave: a stalled body, a 100 MB answer, 429 with
 * {@code Retry-After}, a host that keeps failing. Nothing waits past its deadline or reads past its
 * cap.
 */
class NetCityHttpLimitsTest {
  private static final Budget BUDGET =
      Budget.polite()
          .withRate(4, 1000)
          .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(5))
          .withRetries(1, Duration.ofMillis(50), Duration.ofSeconds(3))
          .withSizes(1L << 20, 2L << 20);
  private static final String YEAR = "/webapi/years/current";

  private WireMockServer server;

  @BeforeEach
  void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void aStalledBodyEndsAsTimeoutWithinTheDeadlineAndTheNextCallWorks() throws Exception {
    try (RawAis stub = new RawAis(RawAis::stall)) {
      NetCityHttp http = new NetCityHttp(stub.origin(), BUDGET);
      long start = System.nanoTime();

      assertThatThrownBy(() -> http.get("years/current"))
          .isInstanceOf(NetCityException.Timeout.class)
          .hasMessageContaining("years/current");

      // two attempts of 500 ms and a 50 ms pause, well inside the 3 s total
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
      assertThat(stub.requests).hasValue(2);
      await().atMost(Duration.ofSeconds(5)).until(() -> stub.closedByClient.get() == 2);

      stub.answer(RawAis::ok);
      assertThat(http.get("years/current").text()).isEqualTo("{\"id\":310}");
    }
  }

  @Test
  void a100MegabyteAnswerIsMalformedAndCutOffAfterTheCap() throws Exception {
    try (RawAis stub = new RawAis(RawAis::flood)) {
      NetCityHttp http = new NetCityHttp(stub.origin(), BUDGET);

      assertThatThrownBy(() -> http.get("years/current"))
          .isInstanceOf(NetCityException.Malformed.class)
          .hasMessageContaining("larger than 1048576 bytes");

      await().atMost(Duration.ofSeconds(10)).until(() -> stub.closedByClient.get() == 1);
      // the cap (1 MB) plus what the sockets' buffers took: far from the 100 MB offered
      assertThat(stub.bodyBytesWritten.get()).isLessThan(32L << 20);
      assertThat(stub.requests).hasValue(1);
      assertThat(http.bytes()).isZero();
    }
  }

  @Test
  void aReportPageHasItsOwnLargerCap() throws Exception {
    server.stubFor(get("/webapi/files/1").willReturn(ok("x".repeat(1_500_000))));
    server.stubFor(get("/webapi/files/2").willReturn(ok("x".repeat(2_500_000))));
    NetCityHttp http = new NetCityHttp(origin(), BUDGET);

    assertThat(http.getReport("files/1").body()).hasSize(1_500_000);
    assertThatThrownBy(() -> http.get("files/1")).isInstanceOf(NetCityException.Malformed.class);
    assertThatThrownBy(() -> http.getReport("files/2"))
        .isInstanceOf(NetCityException.Malformed.class)
        .hasMessageContaining("larger than 2097152 bytes");
  }

  @Test
  void a429IsRetriedAfterItsRetryAfterSeconds() {
    stubTooManyThenOk("1");
    NetCityHttp http = new NetCityHttp(origin(), BUDGET);
    long start = System.nanoTime();

    assertThat(http.get("years/current").status()).isEqualTo(200);

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took)
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1))
        .isLessThan(Duration.ofSeconds(3));
    server.verify(2, getRequestedFor(urlEqualTo(YEAR)));
  }

  @Test
  void a429IsRetriedAfterItsRetryAfterDate() {
    ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2);
    stubTooManyThenOk(DateTimeFormatter.RFC_1123_DATE_TIME.format(at));
    NetCityHttp http = new NetCityHttp(origin(), BUDGET);
    long start = System.nanoTime();

    assertThat(http.get("years/current").status()).isEqualTo(200);

    // the date has whole seconds: at least one of the two has to be waited
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took)
        .isGreaterThanOrEqualTo(Duration.ofMillis(900))
        .isLessThan(Duration.ofSeconds(3));
    server.verify(2, getRequestedFor(urlEqualTo(YEAR)));
  }

  @Test
  void a429AskingForMoreThanTheTotalCapFailsAtOnce() {
    server.stubFor(
        get(YEAR).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
    NetCityHttp http = new NetCityHttp(origin(), BUDGET);
    long start = System.nanoTime();

    assertThatThrownBy(() -> http.get("years/current"))
        .isInstanceOf(NetCityException.TooManyRequests.class)
        .hasMessageContaining("Retry-After: 3600");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    server.verify(1, getRequestedFor(urlEqualTo(YEAR)));
  }

  @Test
  void retriesStopAtTheTotalCapWhateverTheirCount() {
    server.stubFor(get(YEAR).willReturn(aResponse().withStatus(500)));
    Budget many = BUDGET.withRetries(10, Duration.ofMillis(200), Duration.ofMillis(1000));
    NetCityHttp http = new NetCityHttp(origin(), many);
    long start = System.nanoTime();

    assertThat(http.get("years/current").status()).isEqualTo(500);

    // 200 + 400 ms of pauses fit in 1 s, the next 800 ms do not: three attempts, not eleven
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    server.verify(3, getRequestedFor(urlEqualTo(YEAR)));
  }

  @Test
  void aHostThatKeepsFailingOpensTheBreakerAndCallsFailFastWithoutBeingSent() {
    server.stubFor(get(YEAR).willReturn(aResponse().withStatus(503)));
    Budget fragile =
        BUDGET
            .withRetries(0, Duration.ofMillis(10), Duration.ofSeconds(3))
            .withBreaker(new Budget.Breaker(50, 4, Duration.ofMinutes(1)));
    NetCityHttp http = new NetCityHttp(origin(), fragile);
    for (int i = 0; i < 4; i++) {
      assertThat(http.get("years/current").status()).isEqualTo(503);
    }

    assertThatThrownBy(() -> http.get("years/current"))
        .isInstanceOf(NetCityException.CircuitOpen.class)
        .hasMessageContaining("circuit breaker open")
        .hasMessageContaining("60 s");
    server.verify(4, getRequestedFor(urlEqualTo(YEAR)));
  }

  @Test
  void aClassSpecific500DoesNotOpenTheBreaker() {
    server.stubFor(get(YEAR).willReturn(aResponse().withStatus(500)));
    Budget fragile =
        BUDGET
            .withRetries(0, Duration.ofMillis(10), Duration.ofSeconds(3))
            .withBreaker(new Budget.Breaker(50, 4, Duration.ofMinutes(1)));
    NetCityHttp http = new NetCityHttp(origin(), fragile);

    for (int i = 0; i < 8; i++) {
      assertThat(http.get("years/current").status()).isEqualTo(500);
    }
    server.verify(8, getRequestedFor(urlEqualTo(YEAR)));
  }

  private void stubTooManyThenOk(String retryAfter) {
    server.stubFor(
        get(YEAR)
            .inScenario("429")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", retryAfter))
            .willSetStateTo("served"));
    server.stubFor(
        get(YEAR).inScenario("429").whenScenarioStateIs("served").willReturn(okJson("{}")));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody(body);
  }

  private URI origin() {
    return URI.create("http://127.0.0.1:" + server.port());
  }
}
