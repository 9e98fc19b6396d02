package ru.netcity.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.netcity.mock.faults.FaultSpec;

/** {@code GET /__mock/stats}: the most requests in flight at once, the total, per school. */
class RequestStatsTest {
  private static MockNetCity mock;

  @BeforeAll
  static void start() {
    // every answer waits 800 ms (the latency fault), so six requests sent together overlap
    mock =
        MockNetCity.start(
            SharedMock.school(),
            MockOptions.defaults().withFaults(FaultSpec.parse("latency=800ms")));
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @Test
  void sixSlowRequestsAtOnceAreSixInFlight() throws Exception {
    AisTestClient control = new AisTestClient(mock.baseUrl());
    control.post("/__mock/stats/reset", "");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<CompletableFuture<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        AisTestClient client = new AisTestClient(mock.baseUrl());
        calls.add(
            CompletableFuture.supplyAsync(
                () -> client.get("/webapi/logindata").statusCode(), pool));
      }
      calls.forEach(c -> assertThat(c.join()).isEqualTo(200));
    } finally {
      pool.shutdown();
    }

    JsonNode stats = AisTestClient.json(control.get("/__mock/stats"));
    assertThat(stats.get("maxConcurrentRequests").asInt()).isEqualTo(6);
    assertThat(stats.get("requests").asLong()).isEqualTo(6);
    assertThat(stats.get("inFlight").asInt()).isZero();

    // one after another: never more than one in flight
    control.post("/__mock/stats/reset", "");
    for (int i = 0; i < 3; i++) {
      assertThat(control.get("/webapi/logindata").statusCode()).isEqualTo(200);
    }
    stats = AisTestClient.json(control.get("/__mock/stats"));
    assertThat(stats.get("maxConcurrentRequests").asInt()).isEqualTo(1);
    assertThat(stats.get("requests").asLong()).isEqualTo(3);
  }

  @Test
  void requestsAreCountedPerSchoolAndResetZeroesThem() throws Exception {
    AisTestClient staff = new AisTestClient(mock.baseUrl());
    assertThat(
            staff
                .login(SharedMock.STAFF_LOGIN, SharedMock.STAFF_PASSWORD, mock.school().id())
                .statusCode())
        .isEqualTo(200);
    AisTestClient control = new AisTestClient(mock.baseUrl());
    control.post("/__mock/stats/reset", "");
    staff.get("/webapi/context");
    staff.get("/webapi/years/current");

    JsonNode stats = AisTestClient.json(control.get("/__mock/stats"));
    assertThat(stats.get("schools").get(Integer.toString(mock.school().id())).asLong())
        .isEqualTo(2);

    // the report hub's WebSocket handshake goes through the same server and counts as a request
    control.post("/__mock/stats/reset", "");
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(
                URI.create(
                    mock.baseUrl().replace("http:", "ws:")
                        + "/webapi/signalr/queueHub?at="
                        + staff.at()),
                new WebSocket.Listener() {})
            .get(10, TimeUnit.SECONDS);
    socket.abort();
    stats = AisTestClient.json(control.get("/__mock/stats"));
    assertThat(stats.get("requests").asLong()).isEqualTo(1);

    JsonNode reset = AisTestClient.json(control.post("/__mock/stats/reset", ""));
    assertThat(reset.get("requests").asLong()).isZero();
    assertThat(reset.get("schools").size()).isZero();
  }
}
