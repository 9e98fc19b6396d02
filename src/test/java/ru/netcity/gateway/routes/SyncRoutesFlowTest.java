package ru.netcity.gateway.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import ru.netcity.gateway.archive.ArchiveService;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.sync.SyncUnits;

/**
 * The sync's routes with their real beans against the embedded mock: startup-sync plans a full run,
 * every unit goes through the units queue to the sync-unit consumers (several at once) and is
 * recorded, and the audit starts only once the barrier finished the run and released its lock.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "camel.main.main-run-controller=false",
      "camel.main.name=sync-routes-${random.uuid}",
      "gateway.data-dir=./target/sync-routes",
      "gateway.embedded-mock.seed=34",
      "gateway.embedded-mock.students=40",
      "gateway.sync.on-start=true",
      "netcity.budget.requests-per-second=5000",
      "spring.datasource.url=jdbc:h2:mem:sync-routes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class SyncRoutesFlowTest {
  @Autowired JdbcTemplate jdbc;
  @MockitoSpyBean SyncUnits syncUnits;
  @MockitoBean AuditService auditService;
  @MockitoBean ArchiveService archiveService;

  @Test
  void everyUnitPassesTheQueueAndTheAuditStartsAfterTheBarrierClosedTheRun() {
    AtomicReference<Map<String, Object>> runAtAudit = new AtomicReference<>();
    AtomicReference<Long> leasesAtAudit = new AtomicReference<>();
    doAnswer(
            call -> {
              runAtAudit.set(jdbc.queryForMap("SELECT * FROM sync_run"));
              leasesAtAudit.set(jdbc.queryForObject("SELECT COUNT(*) FROM sync_lease", Long.class));
              return Optional.empty();
            })
        .when(auditService)
        .auditAfterSync();
    Set<String> consumers = ConcurrentHashMap.newKeySet();
    doAnswer(
            call -> {
              consumers.add(Thread.currentThread().getName());
              return call.callRealMethod();
            })
        .when(syncUnits)
        .pull(any());

    await()
        .atMost(Duration.ofMinutes(3))
        .untilAsserted(() -> verify(archiveService).snapshotEndedTerm());

    Map<String, Object> run = runAtAudit.get();
    assertThat(run).isNotNull();
    assertThat(run.get("status")).isEqualTo("FINISHED");
    assertThat(run.get("complete")).isEqualTo(true);
    int units = ((Number) run.get("units_total")).intValue();
    assertThat(units).isGreaterThan(4);
    assertThat(run.get("units_done")).isEqualTo(units);
    assertThat(leasesAtAudit.get()).isZero(); // the run lock was released first
    verify(syncUnits, times(units)).pull(any());
    verify(syncUnits, times(units)).record(any());
    verify(auditService, times(1)).auditAfterSync();
    assertThat(consumers)
        .hasSizeGreaterThan(1)
        .allMatch(name -> name.contains("seda://sync-units"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_event", Long.class)).isPositive();
    verify(archiveService, atLeast(1)).snapshotEndedTerm();
  }
}
