package ru.netcity.mock.signalr;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.signalr.HttpHubConnectionBuilder;
import com.microsoft.signalr.HubConnection;
import com.microsoft.signalr.HubConnectionBuilder;
import com.microsoft.signalr.TransportEnum;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The official Microsoft SignalR Java client talks to the mock hub as to a real server. */
class QueueHubSignalRClientTest {

  /** Shapes of the hub's frames; Gson fills records since 2.10. */
  record StartResult(boolean success, String message) {}

  record Progress(long taskId, String status) {}

  record Complete(long taskId, String data, String componentId) {}

  private final InMemoryHubContext ctx =
      new InMemoryHubContext()
          .setTokenCheck("TOKEN"::equals)
          .setReportDelay(Duration.ofMillis(300))
          .setProtocol(HubProtocol.START_TASK);
  private final List<Progress> progress = new CopyOnWriteArrayList<>();
  private final List<Complete> completes = new CopyOnWriteArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private WireMockServer server;
  private HubConnection hub;

  @BeforeEach
  void start() {
    server =
        new WireMockServer(
            wireMockConfig().dynamicPort().extensions(new NetCityHttpServerFactory(ctx)));
    server.start();
  }

  @AfterEach
  void stop() {
    if (hub != null) {
      hub.stop().blockingAwait(5, TimeUnit.SECONDS);
    }
    server.stop();
  }

  @Test
  void withNegotiateReceivesCompleteWithFileId() {
    ReportTask task = ctx.register("file-negotiated");
    long taskId = task.taskId();
    connect(builder());

    StartResult result =
        hub.invoke(StartResult.class, "startTask", taskId, "report-v2").blockingGet();

    assertThat(result).isEqualTo(new StartResult(true, null));
    await().until(() -> !completes.isEmpty());
    assertThat(completes)
        .containsExactly(new Complete(taskId, "file-negotiated", "report-" + taskId));
    assertThat(progress).isNotEmpty().allMatch(p -> p.taskId() == taskId);
  }

  @Test
  void skippingNegotiateOverWebSocketsReceivesComplete() {
    ReportTask task = ctx.register("file-direct");
    long taskId = task.taskId();
    ctx.setProtocol(HubProtocol.START_TASK_ASYNC);
    connect(builder().shouldSkipNegotiate(true).withTransport(TransportEnum.WEBSOCKETS));

    hub.send("startTaskAsync", String.valueOf(taskId), task.queueKey());

    await().until(() -> !completes.isEmpty());
    assertThat(completes.get(0).data()).isEqualTo("file-direct");
  }

  @Test
  void droppedConnectionClosesWithoutComplete() {
    ReportTask task = ctx.register("file-lost");
    long taskId = task.taskId();
    ctx.markDropBeforeComplete(taskId);
    connect(builder());

    hub.send("startTask", taskId, "report-v2");

    await().untilTrue(closed);
    assertThat(progress).isNotEmpty();
    assertThat(completes).isEmpty();
  }

  private HttpHubConnectionBuilder builder() {
    String url = "http://127.0.0.1:" + server.port() + "/webapi/signalr/queueHub?at=TOKEN";
    return HubConnectionBuilder.create(url);
  }

  private void connect(HttpHubConnectionBuilder builder) {
    hub = builder.build();
    hub.on("progress", progress::add, Progress.class);
    hub.on("complete", completes::add, Complete.class);
    hub.onClosed(error -> closed.set(true));
    hub.start().blockingAwait(5, TimeUnit.SECONDS);
  }
}
