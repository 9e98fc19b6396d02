package ru.netcity.gateway.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import ru.netcity.gateway.archive.ArchiveService;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.sync.SyncBarrier;
import ru.netcity.gateway.sync.SyncPlan;
import ru.netcity.gateway.sync.SyncPlanner;
import ru.netcity.gateway.sync.SyncUnits;

/**
 * routes/startup-sync.camel.yaml: with gateway.sync.on-start, one full sync soon after start, then
 * the hand-over to the audit and the term snapshot.
 */
@RouteTestContext
@TestPropertySource(properties = "gateway.sync.on-start=true")
class StartupSyncRouteTest {
  @Autowired CamelContext camel;
  @MockitoBean SyncPlanner syncPlanner;
  @MockitoBean SyncUnits syncUnits;
  @MockitoBean SyncBarrier syncBarrier;
  @MockitoBean ArchiveService archiveService;
  @MockitoBean AuditService auditService;

  /** Before the context starts its routes: the start-up route fires two seconds after. */
  @BeforeEach
  void stubTheSync() {
    SyncFlowStubs.stub(syncUnits, syncBarrier, PLAN);
    doReturn(PLAN).when(syncPlanner).planAtStart();
  }

  private static final SyncPlan PLAN = SyncFlowStubs.plan(3);

  @Test
  void theServiceRunsOneFullSyncShortlyAfterItStartsThenTheAuditAndTheTermSnapshot() {
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(() -> verify(archiveService).snapshotEndedTerm());

    assertThat(camel.getRoute("startup-sync").getConfigurationId()).isEqualTo("gateway-errors");
    verify(syncPlanner, times(1)).planAtStart();
    InOrder order = inOrder(syncPlanner, syncUnits, auditService, archiveService);
    order.verify(syncPlanner).planAtStart();
    order.verify(syncUnits, times(3)).record(any());
    order.verify(auditService).auditAfterSync();
    order.verify(archiveService).snapshotEndedTerm();
  }
}
