package ru.netcity.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.signalr.HubConnection;
import com.microsoft.signalr.HubConnectionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import ru.netcity.mock.faults.FaultSpec;
import ru.netcity.mock.school.SchoolClass;

/** Each fault of {@code --faults}, switched on alone against a fresh server. */
class FaultsTest {
  record Complete(long taskId, String data, String componentId) {}

  @Test
  void theSpecParsesEveryFaultAndRejectsUnknownOnes() {
    FaultSpec spec =
        FaultSpec.parse(
            "latency=50ms,5xx=0.05,expire-session=200,malformed-json=0.01,html-error=0.02,"
                + "signalr-drop=0.1,slow-reports=2s,fail-class=7А,cut-reports=0.3,seed=9");
    assertThat(spec.latency()).isEqualTo(Duration.ofMillis(50));
    assertThat(spec.serverErrorRate()).isEqualTo(0.05);
    assertThat(spec.expireSessionEvery()).isEqualTo(200);
    assertThat(spec.reportDelay()).isEqualTo(Duration.ofSeconds(2));
    assertThat(spec.failClass()).contains("7А");
    assertThat(spec.cutReportRate()).isEqualTo(0.3);
    assertThatThrownBy(() -> FaultSpec.parse("teleport=1")).hasMessageContaining("unknown fault");
    assertThatThrownBy(() -> FaultSpec.parse("5xx=2")).hasMessageContaining("between 0 and 1");
  }

  @Test
  void serverErrorsHitDataCallsButNotTheLogin() {
    try (MockNetCity mock = SharedMock.start(FaultSpec.parse("5xx=1"))) {
      AisTestClient client = staff(mock);
      assertThat(client.get("/webapi/context").statusCode()).isIn(500, 502, 503);
    }
  }

  @Test
  void theSessionExpiresAfterTheConfiguredNumberOfCalls() {
    try (MockNetCity mock = SharedMock.start(FaultSpec.parse("expire-session=3"))) {
      AisTestClient client = staff(mock);
      assertThat(client.get("/webapi/context").statusCode()).isEqualTo(200);
      assertThat(client.get("/webapi/context").statusCode()).isEqualTo(200);
      assertThat(client.get("/webapi/context").statusCode()).isEqualTo(200);
      assertThat(client.get("/webapi/context").statusCode()).isEqualTo(401);
    }
  }

  @Test
  void malformedJsonIsCutInTheMiddle() {
    try (MockNetCity mock = SharedMock.start(FaultSpec.parse("malformed-json=1"))) {
      var answer = staff(mock).get("/webapi/years/current");
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThatThrownBy(() -> new ObjectMapper().readTree(answer.body())).isNotNull();
    }
  }

  @Test
  void anHtmlErrorPageComesWith200InsteadOfJson() {
    try (MockNetCity mock = SharedMock.start(FaultSpec.parse("html-error=1"))) {
      var answer = staff(mock).get("/webapi/years/current");
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
      assertThat(answer.body()).contains("<html");
    }
  }

  @Test
  void latencyDelaysEveryAnswer() {
    try (MockNetCity mock = SharedMock.start(FaultSpec.parse("latency=300ms"))) {
      AisTestClient client = new AisTestClient(mock.baseUrl());
      long start = System.nanoTime();
      client.get("/webapi/logindata");
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }
  }

  @Test
  void aFailingClassAnswers500WhileOtherClassesWork() {
    SchoolClass broken = SharedMock.school().classes().get(0);
    SchoolClass fine = SharedMock.school().classes().get(1);
    try (MockNetCity mock = SharedMock.start(FaultSpec.parse("fail-class=" + broken.name()))) {
      AisTestClient client = staff(mock);
      assertThat(client.get(diary(broken.studentIds().get(0))).statusCode()).isEqualTo(500);
      assertThat(client.get(diary(fine.studentIds().get(0))).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aDroppedHubConnectionNeverDeliversComplete() {
    try (MockNetCity mock = SharedMock.start(FaultSpec.parse("signalr-drop=1"))) {
      AisTestClient client = staff(mock);
      List<Complete> completes = new CopyOnWriteArrayList<>();
      AtomicBoolean closed = new AtomicBoolean();
      HubConnection hub = hub(mock, client, completes);
      hub.onClosed(e -> closed.set(true));
      startTask(hub, client);
      await().untilTrue(closed);
      assertThat(completes).isEmpty();
    }
  }

  @Test
  void slowReportsCompleteOnlyAfterTheDelay() {
    try (MockNetCity mock = SharedMock.start(FaultSpec.parse("slow-reports=1500ms"))) {
      AisTestClient client = staff(mock);
      List<Complete> completes = new CopyOnWriteArrayList<>();
      HubConnection hub = hub(mock, client, completes);
      long start = System.nanoTime();
      startTask(hub, client);
      await().atMost(Duration.ofSeconds(10)).until(() -> !completes.isEmpty());
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(Duration.ofMillis(1500));
      hub.stop().blockingAwait(5, TimeUnit.SECONDS);
    }
  }

  private static AisTestClient staff(MockNetCity mock) {
    AisTestClient client = new AisTestClient(mock.baseUrl());
    assertThat(
            client
                .login(SharedMock.STAFF_LOGIN, SharedMock.STAFF_PASSWORD, mock.school().id())
                .statusCode())
        .isEqualTo(200);
    return client;
  }

  private static HubConnection hub(
      MockNetCity mock, AisTestClient client, List<Complete> completes) {
    HubConnection hub =
        HubConnectionBuilder.create(mock.baseUrl() + "/webapi/signalr/queueHub?at=" + client.at())
            .build();
    hub.on("complete", completes::add, Complete.class);
    hub.start().blockingAwait(10, TimeUnit.SECONDS);
    return hub;
  }

  /** Queues a class report and starts it the 5.4x way: {@code startTaskAsync(taskId, queueKey)}. */
  private static void startTask(HubConnection hub, AisTestClient client) {
    var queued =
        AisTestClient.json(
            client.post(
                "/webapi/reports/studentattendance/queue",
                "{\"selectedData\":[{\"filterId\":\"SID\",\"filterValue\":\"-1\"}],"
                    + "\"params\":null}"));
    hub.send("startTaskAsync", queued.get("taskId").asLong(), queued.get("queueKey").asText());
  }

  private static String diary(int studentId) {
    return "/webapi/student/diary?studentId="
        + studentId
        + "&weekStart=2025-09-08&weekEnd=2025-09-13";
  }
}
