package ru.netcity.gateway.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.net.Socket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import ru.netcity.gateway.archive.ArchiveService;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.support.RequiredServices;
import ru.netcity.gateway.sync.SyncUnit;
import ru.netcity.gateway.sync.SyncUnits;

/**
 * The cluster profile's units queue on the real RabbitMQ (127.0.0.1:5672, guest): every unit of a
 * night goes through it, is pulled and recorded once and acknowledged (nothing is left on the queue
 * once the consumers stop); a unit whose run is not open here goes to the dead-letter queue.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "camel.main.main-run-controller=false",
      "camel.main.name=rabbit-units-${random.uuid}",
      "gateway.data-dir=./target/rabbit-units",
      "gateway.embedded-mock.seed=35",
      "gateway.embedded-mock.students=40",
      "gateway.sync.on-start=false",
      "netcity.budget.requests-per-second=5000",
      "spring.rabbitmq.host=127.0.0.1",
      "spring.rabbitmq.port=5672",
      "spring.datasource.url=jdbc:h2:mem:rabbit-units;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@ActiveProfiles("cluster")
class RabbitUnitsTest {
  private static final String UNITS = "gateway.sync.units";
  private static final String DEAD = "gateway.sync.units.dead";

  @Autowired CamelContext camel;
  @Autowired ProducerTemplate producer;
  @Autowired AmqpAdmin rabbit;
  @Autowired JdbcTemplate jdbc;
  @MockitoSpyBean SyncUnits syncUnits;
  @MockitoBean AuditService auditService;
  @MockitoBean ArchiveService archiveService;

  @BeforeAll
  static void rabbitMqRuns() {
    RequiredServices.require(
        "RabbitMQ at 127.0.0.1:5672", () -> new Socket("127.0.0.1", 5672).close());
  }

  @Test
  void everyUnitOfTheNightIsRecordedOnceAndAcknowledgedAndAStrayUnitIsDeadLettered()
      throws Exception {
    rabbit.purgeQueue(UNITS, false);
    rabbit.purgeQueue(DEAD, false);
    List<String> pulled = new CopyOnWriteArrayList<>();
    doAnswer(
            call -> {
              pulled.add(((SyncUnit) call.getArgument(0)).key());
              return call.callRealMethod();
            })
        .when(syncUnits)
        .pull(any());

    QuartzRoute.of(camel, "nightly-sync").fireNow();
    await()
        .atMost(Duration.ofMinutes(3))
        .untilAsserted(() -> verify(archiveService).snapshotEndedTerm());

    Map<String, Object> run = jdbc.queryForMap("SELECT * FROM sync_run");
    int units = ((Number) run.get("units_total")).intValue();
    assertThat(units).isPositive();
    assertThat(run.get("complete")).isEqualTo(true);
    assertThat(run.get("units_done")).isEqualTo(units);
    assertThat(pulled).hasSize(units).doesNotHaveDuplicates();
    verify(syncUnits, times(units)).record(any());
    verify(auditService).auditAfterSync();

    String uri = camel.resolvePropertyPlaceholders("{{gateway.sync.units-uri}}");
    LocalDate monday = LocalDate.of(2025, 9, 1);
    SyncUnit stray =
        new SyncUnit(1, "no-such-run", new UnitScope(1, 1, monday, monday.plusDays(6)));
    producer.sendBody(uri, stray);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> rabbit.getQueueInfo(DEAD).getMessageCount() == 1);

    camel.getRouteController().stopRoute("sync-unit");
    assertThat(rabbit.getQueueInfo(UNITS).getMessageCount()).isZero(); // none left unacknowledged
    // tried maximumRetryAttempts=2 times (config/application-cluster.yaml), then dead-lettered
    assertThat(pulled.subList(units, pulled.size())).containsExactly(stray.key(), stray.key());
    rabbit.purgeQueue(DEAD, false);
  }
}
