package ru.netcity.mock.signalr;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static ru.netcity.mock.signalr.RawHubClient.RS;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pins the literal JSON hub protocol frames, seen through a bare WebSocket. */
class QueueHubProtocolTest {

  private static final String HUB = "/webapi/signalr/queueHub?at=TOKEN";

  private final InMemoryHubContext ctx =
      new InMemoryHubContext()
          .setTokenCheck("TOKEN"::equals)
          .setReportDelay(Duration.ofMillis(200))
          .setProtocol(HubProtocol.START_TASK);
  private WireMockServer server;

  @BeforeEach
  void start() {
    server =
        new WireMockServer(
            wireMockConfig().dynamicPort().extensions(new NetCityHttpServerFactory(ctx)));
    server.start();
    server.stubFor(get("/webapi/sysInfo").willReturn(okJson("{\"version\":\"5.47.0\"}")));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void startTaskGetsCompletionProgressAndComplete() throws Exception {
    ReportTask task = ctx.register("file-42");
    long taskId = task.taskId();
    try (RawHubClient client = RawHubClient.connect(server.port(), HUB)) {
      client.handshake();
      await().until(() -> client.frames().contains("{}"));
      client.send(startTask("\"0\"", "startTask", taskId + ",\"report-v2\""));

      await().until(() -> client.frames().size() == 5);
      assertThat(client.frames())
          .containsExactly(
              "{}",
              "{\"type\":3,\"invocationId\":\"0\",\"result\":{\"success\":true,\"message\":null}}",
              progress(taskId, "Отчёт поставлен в очередь"),
              progress(taskId, "Формирование отчёта"),
              "{\"type\":1,\"target\":\"complete\",\"arguments\":[{\"taskId\":"
                  + taskId
                  + ",\"data\":\"file-42\",\"componentId\":\"report-"
                  + taskId
                  + "\"}]}");
      assertThat(client.messages()).allMatch(m -> m.endsWith(RS));
    }
  }

  @Test
  void startTaskAsyncWithStringIdOnCaseVariedPath() throws Exception {
    ReportTask task = ctx.register("file-vk");
    long taskId = task.taskId();
    ctx.setProtocol(HubProtocol.START_TASK_ASYNC);
    String path = "/WebApi/SignalR/QueueHub?at=TOKEN";
    try (RawHubClient client = RawHubClient.connect(server.port(), path)) {
      // Handshake and invocation in one message, as several clients write them.
      client.send(
          "{\"protocol\":\"json\",\"version\":1}"
              + RS
              + startTask(
                  "\"7\"", "StartTaskAsync", "\"" + taskId + "\",\"" + task.queueKey() + "\""));

      await().until(() -> client.frames().stream().anyMatch(f -> f.contains("\"complete\"")));
      assertThat(client.frames().get(0)).isEqualTo("{}");
      assertThat(client.frames().get(1))
          .isEqualTo(
              "{\"type\":3,\"invocationId\":\"7\",\"result\":{\"success\":true,\"message\":null}}");
      assertThat(client.frames()).last().asString().contains("\"data\":\"file-vk\"");
    }
  }

  @Test
  void eachVersionTakesOnlyItsOwnMethodAndTheAsyncOneChecksTheQueueKey() throws Exception {
    long taskId = ctx.register("file-versions").taskId();
    try (RawHubClient client = RawHubClient.connect(server.port(), HUB)) {
      client.handshake();
      client.send(startTask("\"1\"", "startTaskAsync", taskId + ",\"key\""));
      await().until(() -> client.frames().size() == 2);
      ctx.setProtocol(HubProtocol.START_TASK_ASYNC);
      client.send(startTask("\"2\"", "startTask", taskId + ",\"report-v2\""));
      client.send(startTask("\"3\"", "startTaskAsync", taskId + ",\"not-the-key\""));

      await().until(() -> client.frames().size() == 4);
      assertThat(client.frames())
          .containsExactly(
              "{}",
              "{\"type\":3,\"invocationId\":\"1\","
                  + "\"error\":\"Unknown hub method 'startTaskAsync'\"}",
              "{\"type\":3,\"invocationId\":\"2\","
                  + "\"error\":\"Unknown hub method 'startTask'\"}",
              "{\"type\":3,\"invocationId\":\"3\","
                  + "\"error\":\"Invalid queue key for task "
                  + taskId
                  + "\"}");
    }
  }

  @Test
  void theVersionChoosesTheProtocol() {
    assertThat(HubProtocol.forVersion("5.44.7850.0")).isEqualTo(HubProtocol.START_TASK_ASYNC);
    assertThat(HubProtocol.forVersion("5.47.0")).isEqualTo(HubProtocol.START_TASK_ASYNC);
    assertThat(HubProtocol.forVersion("5.32.74326.117")).isEqualTo(HubProtocol.START_TASK);
    assertThat(HubProtocol.forVersion("4.70.53523")).isEqualTo(HubProtocol.START_TASK);
  }

  @Test
  void framesSplitAcrossMessagesAreBuffered() throws Exception {
    ReportTask task = ctx.register("file-split");
    long taskId = task.taskId();
    try (RawHubClient client = RawHubClient.connect(server.port(), HUB)) {
      client.send("{\"protocol\":\"js");
      client.send("on\",\"version\":1}" + RS + "{\"type\":6}" + RS + "{\"type\":1,");
      // No invocationId: fire-and-forget, so no completion frame.
      client.send("\"target\":\"startTask\",\"arguments\":[" + taskId + ",\"report-v2\"]}" + RS);

      await().until(() -> client.frames().size() == 4);
      assertThat(client.frames().get(0)).isEqualTo("{}");
      assertThat(client.frames()).noneMatch(f -> f.contains("\"type\":3"));
      assertThat(client.frames().get(3)).contains("\"data\":\"file-split\"");
    }
  }

  @Test
  void unknownTaskAndUnknownTargetGetErrorCompletions() throws Exception {
    try (RawHubClient client = RawHubClient.connect(server.port(), HUB)) {
      client.handshake();
      client.send(startTask("\"1\"", "startTask", "999,\"report-v2\""));
      client.send(startTask("\"2\"", "deleteEverything", "1"));

      await().until(() -> client.frames().size() == 3);
      assertThat(client.frames())
          .containsExactly(
              "{}",
              "{\"type\":3,\"invocationId\":\"1\",\"error\":\"Task 999 not found\"}",
              "{\"type\":3,\"invocationId\":\"2\","
                  + "\"error\":\"Unknown hub method 'deleteEverything'\"}");
    }
  }

  @Test
  void badOrMissingTokenRefusesTheUpgradeWith401() {
    for (String path : List.of("/webapi/signalr/queueHub?at=WRONG", "/webapi/signalr/queueHub")) {
      assertThatThrownBy(() -> RawHubClient.connect(server.port(), path))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOfSatisfying(
              WebSocketHandshakeException.class,
              e -> assertThat(e.getResponse().statusCode()).isEqualTo(401));
    }
  }

  @Test
  void unsupportedProtocolGetsHandshakeErrorAndClose() throws Exception {
    try (RawHubClient client = RawHubClient.connect(server.port(), HUB)) {
      client.send("{\"protocol\":\"messagepack\",\"version\":1}" + RS);

      await().until(client::closed);
      assertThat(client.frames())
          .containsExactly("{\"error\":\"The protocol 'messagepack' is not supported.\"}");
    }
  }

  @Test
  void invalidJsonAfterHandshakeGetsCloseFrameWithError() throws Exception {
    try (RawHubClient client = RawHubClient.connect(server.port(), HUB)) {
      client.handshake();
      client.send("not json" + RS);

      await().until(client::closed);
      assertThat(client.frames())
          .containsExactly(
              "{}", "{\"type\":7,\"error\":\"Invalid JSON frame\",\"allowReconnect\":false}");
    }
  }

  @Test
  void closeFrameFromTheClientClosesTheConnection() throws Exception {
    try (RawHubClient client = RawHubClient.connect(server.port(), HUB)) {
      client.handshake();
      client.send("{\"type\":7}" + RS);

      await().until(client::closed);
      assertThat(client.closedWithoutCloseFrame()).isFalse();
    }
  }

  @Test
  void dropBeforeCompleteCutsTheSocketAfterProgress() throws Exception {
    ReportTask task = ctx.register("never-sent");
    long taskId = task.taskId();
    ctx.markDropBeforeComplete(taskId);
    try (RawHubClient client = RawHubClient.connect(server.port(), HUB)) {
      client.handshake();
      client.send(startTask("\"0\"", "startTask", taskId + ",\"report-v2\""));

      await().until(client::closed);
      assertThat(client.closedWithoutCloseFrame()).isTrue();
      assertThat(client.frames()).anyMatch(f -> f.contains("\"progress\""));
      assertThat(client.frames()).noneMatch(f -> f.contains("\"complete\""));
    }
  }

  static String startTask(String invocationId, String target, String arguments) {
    return "{\"type\":1,\"invocationId\":"
        + invocationId
        + ",\"target\":\""
        + target
        + "\",\"arguments\":["
        + arguments
        + "]}"
        + RS;
  }

  static String progress(long taskId, String status) {
    return "{\"type\":1,\"target\":\"progress\",\"arguments\":[{\"taskId\":"
        + taskId
        + ",\"status\":\""
        + status
        + "\"}]}";
  }
}
