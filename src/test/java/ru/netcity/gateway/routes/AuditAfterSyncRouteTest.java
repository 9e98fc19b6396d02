package ru.netcity.gateway.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import ru.netcity.gateway.archive.ArchiveService;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.sync.SyncJob;

/**
 * routes/audit-after-sync.camel.yaml: the nightly sync hands over to the audit when it ends; a
 * failed audit is logged, the night goes on to the term snapshot, and the next night audits again.
 */
@RouteTestContext
@ExtendWith(OutputCaptureExtension.class)
class AuditAfterSyncRouteTest {
  @Autowired CamelContext camel;
  @MockitoBean SyncJob syncJob;
  @MockitoBean ArchiveService archiveService;
  @MockitoBean AuditService auditService;

  @Test
  void everyNightTheSyncHandsOverToTheAuditAndAFailedAuditStopsNeitherThatNightNorTheNext(
      CapturedOutput output) throws Exception {
    night();
    InOrder order = inOrder(syncJob, auditService, archiveService);
    order.verify(syncJob).runScheduled();
    order.verify(auditService).auditAfterSync();
    order.verify(archiveService).snapshotEndedTerm();

    doThrow(new IllegalStateException("the ledger is broken")).when(auditService).auditAfterSync();
    night();
    verify(archiveService, times(2)).snapshotEndedTerm(); // the night went on
    assertThat(output.getOut())
        .contains("route audit-after-sync failed: IllegalStateException: the ledger is broken")
        .doesNotContain("route nightly-sync failed");

    doReturn(Optional.empty()).when(auditService).auditAfterSync();
    night();
    verify(auditService, times(3)).auditAfterSync();
    verify(archiveService, times(3)).snapshotEndedTerm();
    verify(syncJob, times(3)).runScheduled();
    assertThat(camel.getRouteController().getRouteStatus("audit-after-sync").isStarted()).isTrue();
    assertThat(camel.getRouteController().getRouteStatus("nightly-sync").isStarted()).isTrue();
  }

  /**
   * One night: an exchange through the nightly route as its trigger would send it (its steps and
   * its error handling), here and now in this thread. Quartz itself is left out: its job runs on a
   * scheduler thread, and NightlySyncRouteTest tests the trigger.
   */
  private void night() throws Exception {
    Route route = camel.getRoute("nightly-sync");
    route.getConsumer().getProcessor().process(route.getEndpoint().createExchange());
  }
}
