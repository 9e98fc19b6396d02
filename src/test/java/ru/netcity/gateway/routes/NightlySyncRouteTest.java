package ru.netcity.gateway.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.TimeZone;
import org.apache.camel.CamelContext;
import org.apache.camel.component.seda.SedaEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.quartz.CronTrigger;
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
 * routes/nightly-sync.camel.yaml with sync-unit and sync-barrier: the Quartz trigger from config,
 * the plan's units through the units queue to the unit consumers, the barrier, then the audit and
 * the term snapshot once; a failed plan is logged and hands over nothing.
 */
@RouteTestContext
@ExtendWith(OutputCaptureExtension.class)
class NightlySyncRouteTest {
  @Autowired CamelContext camel;
  @MockitoBean SyncPlanner syncPlanner;
  @MockitoBean SyncUnits syncUnits;
  @MockitoBean SyncBarrier syncBarrier;
  @MockitoBean ArchiveService archiveService;
  @MockitoBean AuditService auditService;

  @Test
  void theTriggerPlansTheNightAndEveryUnitPassesTheQueueAndTheBarrierBeforeTheAudit(
      CapturedOutput output) throws Exception {
    QuartzRoute route = QuartzRoute.of(camel, "nightly-sync");
    CronTrigger trigger = route.trigger();
    assertThat(trigger.getCronExpression()).isEqualTo("0 30 2 * * ?");
    assertThat(trigger.getTimeZone()).isEqualTo(TimeZone.getTimeZone("Asia/Tomsk"));
    assertThat(trigger.getMisfireInstruction())
        .isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
    SedaEndpoint units = (SedaEndpoint) camel.getRoute("sync-unit").getEndpoint();
    assertThat(units.getEndpointUri()).startsWith("seda://sync-units");
    assertThat(units.getConcurrentConsumers()).isEqualTo(4); // gateway.sync.units-in-parallel

    SyncPlan plan = SyncFlowStubs.plan(12);
    doReturn(plan).when(syncPlanner).planScheduled();
    SyncFlowStubs.stub(syncUnits, syncBarrier, plan);
    route.fireNow();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> verify(archiveService).snapshotEndedTerm());

    plan.units().forEach(u -> verify(syncUnits).pull(u));
    verify(syncUnits, times(12)).record(any());
    verify(syncBarrier, times(13)).ended(any()); // every unit, and the plan's end
    InOrder order = inOrder(syncPlanner, syncUnits, auditService, archiveService);
    order.verify(syncPlanner).planScheduled();
    order.verify(syncUnits, times(12)).record(any());
    order.verify(auditService).auditAfterSync();
    order.verify(archiveService).snapshotEndedTerm();

    doThrow(new IllegalStateException("the AIS said no")).when(syncPlanner).planScheduled();
    route.fireNow();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(output.getOut())
                    .contains("route nightly-sync failed: IllegalStateException: the AIS said no"));
    verify(syncUnits, times(12)).pull(any()); // no unit of a night that was not planned
    verify(archiveService, times(1)).snapshotEndedTerm(); // not after a failed plan
    verify(auditService, times(1)).auditAfterSync(); // nor the audit
    assertThat(camel.getRouteController().getRouteStatus("nightly-sync").isStarted()).isTrue();
  }
}
