package ru.netcity.gateway.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.TimeZone;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quartz.CronTrigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import ru.netcity.gateway.archive.ArchiveService;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.sync.SyncJob;

/** routes/nightly-sync.camel.yaml: the Quartz trigger from config, the job it runs, its errors. */
@RouteTestContext
@ExtendWith(OutputCaptureExtension.class)
class NightlySyncRouteTest {
  @Autowired CamelContext camel;
  @MockitoBean SyncJob syncJob;
  @MockitoBean ArchiveService archiveService;
  @MockitoBean AuditService auditService;

  @Test
  void theTriggerTakesCronTimeZoneAndMisfirePolicyFromConfigAndRunsTheScheduledSync(
      CapturedOutput output) throws Exception {
    QuartzRoute route = QuartzRoute.of(camel, "nightly-sync");
    CronTrigger trigger = route.trigger();

    assertThat(trigger.getCronExpression()).isEqualTo("0 30 2 * * ?");
    assertThat(trigger.getTimeZone()).isEqualTo(TimeZone.getTimeZone("Asia/Tomsk"));
    assertThat(trigger.getMisfireInstruction())
        .isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);

    route.fireNow();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> verify(archiveService).snapshotEndedTerm());
    verify(syncJob).runScheduled();

    doThrow(new IllegalStateException("the AIS said no")).when(syncJob).runScheduled();
    route.fireNow();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(output.getOut())
                    .contains("route nightly-sync failed: IllegalStateException: the AIS said no"));
    verify(syncJob, atLeastOnce()).runScheduled();
    verify(archiveService, times(1)).snapshotEndedTerm(); // not after a failed sync
    verify(auditService, times(1)).auditAfterSync(); // nor the audit
    assertThat(camel.getRouteController().getRouteStatus("nightly-sync").isStarted()).isTrue();
  }
}
