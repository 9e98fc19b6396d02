package ru.netcity.mock.signalr;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hub shares WireMock's port: stubs, negotiate and keep-alives side by side. */
class NetCityHttpServerTest {

  private final InMemoryHubContext ctx =
      new InMemoryHubContext().setTokenCheck("TOKEN"::equals).setProtocol(HubProtocol.START_TASK);
  private final HttpClient http = HttpClient.newHttpClient();
  private WireMockServer server;

  @BeforeEach
  void start() {
    NetCityHttpServerFactory factory = new NetCityHttpServerFactory(ctx, Duration.ofMillis(100));
    server = new WireMockServer(wireMockConfig().dynamicPort().extensions(factory));
    server.start();
    server.stubFor(get("/webapi/sysInfo").willReturn(okJson("{\"version\":\"5.47.0\"}")));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void ordinaryStubAnswersOnTheSamePort() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/webapi/sysInfo")).GET());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"version\":\"5.47.0\"}");
    assertThat(send(HttpRequest.newBuilder(uri("/webapi/unstubbed")).GET()).statusCode())
        .isEqualTo(404);
  }

  @Test
  void negotiateVersion1AnswersWithTokenAndWebSockets() throws Exception {
    String path = "/WebApi/SignalR/queueHub/negotiate?negotiateVersion=1&at=TOKEN";
    HttpResponse<String> response = send(post(path));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode body = new ObjectMapper().readTree(response.body());
    assertThat(body.fieldNames())
        .toIterable()
        .containsExactly(
            "negotiateVersion", "connectionId", "connectionToken", "availableTransports");
    assertThat(body.get("negotiateVersion").asInt()).isEqualTo(1);
    assertThat(body.get("connectionToken").asText()).hasSize(22);
    assertThat(body.get("availableTransports").toString())
        .isEqualTo("[{\"transport\":\"WebSockets\",\"transferFormats\":[\"Text\",\"Binary\"]}]");
  }

  @Test
  void negotiateVersion0HasNoToken() throws Exception {
    HttpResponse<String> response = send(post("/webapi/signalr/queueHub/negotiate?at=TOKEN"));

    JsonNode body = new ObjectMapper().readTree(response.body());
    assertThat(body.has("connectionId")).isTrue();
    assertThat(body.has("connectionToken")).isFalse();
    assertThat(body.has("negotiateVersion")).isFalse();
  }

  @Test
  void negotiateRefusesBadTokenAndGet() throws Exception {
    String path = "/webapi/signalr/queueHub/negotiate?negotiateVersion=1";
    assertThat(send(post(path + "&at=WRONG")).statusCode()).isEqualTo(401);
    assertThat(send(HttpRequest.newBuilder(uri(path + "&at=TOKEN")).GET()).statusCode())
        .isEqualTo(405);
  }

  @Test
  void serverSendsKeepAlivePingsAndAcceptsClientPings() throws Exception {
    ReportTask task = ctx.register("after-pings");
    long taskId = task.taskId();
    try (RawHubClient client = RawHubClient.connect(server.port(), "/webapi/queueHub?at=TOKEN")) {
      client.handshake();
      await().until(() -> client.frames().stream().filter("{\"type\":6}"::equals).count() >= 2);

      client.send("{\"type\":6}" + RawHubClient.RS);
      client.send(QueueHubProtocolTest.startTask("\"0\"", "startTask", taskId + ",\"report-v2\""));
      await().until(() -> client.frames().stream().anyMatch(f -> f.contains("after-pings")));
      assertThat(client.closed()).isFalse();
    }
  }

  private HttpRequest.Builder post(String path) {
    return HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
