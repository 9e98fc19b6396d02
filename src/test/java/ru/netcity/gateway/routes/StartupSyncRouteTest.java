package ru.netcity.gateway.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import ru.netcity.gateway.archive.ArchiveService;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.sync.SyncJob;

/**
 * routes/startup-sync.camel.yaml: with gateway.sync.on-start, one full sync soon after start, then
 * the hand-over to the audit and the term snapshot.
 */
@RouteTestContext
@TestPropertySource(properties = "gateway.sync.on-start=true")
class StartupSyncRouteTest {
  @Autowired CamelContext camel;
  @MockitoBean SyncJob syncJob;
  @MockitoBean ArchiveService archiveService;
  @MockitoBean AuditService auditService;

  @Test
  void theServiceRunsOneFullSyncShortlyAfterItStartsThenTheAuditAndTheTermSnapshot() {
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(() -> verify(archiveService).snapshotEndedTerm());

    assertThat(camel.getRoute("startup-sync").getConfigurationId()).isEqualTo("gateway-errors");
    verify(syncJob, times(1)).runAtStart();
    InOrder order = inOrder(syncJob, auditService, archiveService);
    order.verify(syncJob).runAtStart();
    order.verify(auditService).auditAfterSync();
    order.verify(archiveService).snapshotEndedTerm();
  }
}
