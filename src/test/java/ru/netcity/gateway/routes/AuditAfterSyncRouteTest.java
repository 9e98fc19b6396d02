package ru.netcity.gateway.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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
import ru.netcity.gateway.sync.SyncBarrier;
import ru.netcity.gateway.sync.SyncPlan;
import ru.netcity.gateway.sync.SyncPlanner;
import ru.netcity.gateway.sync.SyncUnits;

/**
 * routes/audit-after-sync.camel.yaml: the nightly sync hands over to the audit when it ends; a
 * failed audit is logged, the night goes on to the term snapshot, and the next night audits again.
 */
@RouteTestContext
@ExtendWith(OutputCaptureExtension.class)
class AuditAfterSyncRouteTest {
  @Autowired CamelContext camel;
  @MockitoBean SyncPlanner syncPlanner;
  @MockitoBean SyncUnits syncUnits;
  @MockitoBean SyncBarrier syncBarrier;
  @MockitoBean ArchiveService archiveService;
  @MockitoBean AuditService auditService;

  @Test
  void everyNightTheSyncHandsOverToTheAuditAndAFailedAuditStopsNeitherThatNightNorTheNext(
      CapturedOutput output) throws Exception {
    night();
    InOrder order = inOrder(syncPlanner, syncBarrier, auditService, archiveService);
    order.verify(syncPlanner).planScheduled();
    order.verify(syncBarrier).ended(any());
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
    verify(syncPlanner, times(3)).planScheduled();
    assertThat(camel.getRouteController().getRouteStatus("audit-after-sync").isStarted()).isTrue();
    assertThat(camel.getRouteController().getRouteStatus("nightly-sync").isStarted()).isTrue();
  }

  /**
   * One night with nothing left to pull (its units are sync-unit's and NightlySyncRouteTest's
   * concern): the barrier closes the run at the plan's end. An exchange through the nightly route
   * as its trigger would send it (its steps and its error handling), here and now in this thread.
   * Quartz itself is left out: its job runs on a scheduler thread, and NightlySyncRouteTest tests
   * the trigger.
   */
  private void night() throws Exception {
    SyncPlan plan = SyncFlowStubs.plan(0);
    doReturn(plan).when(syncPlanner).planScheduled();
    SyncFlowStubs.stub(syncUnits, syncBarrier, plan);
    Route route = camel.getRoute("nightly-sync");
    route.getConsumer().getProcessor().process(route.getEndpoint().createExchange());
  }
}
