package ru.netcity.gateway.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
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

/**
 * routes/archive-fixity.camel.yaml and archive-term-snapshot.camel.yaml: the daily integrity check
 * on its cron in the school's zone, and the term snapshot behind direct:, errors logged.
 */
@RouteTestContext
@ExtendWith(OutputCaptureExtension.class)
class ArchiveFixityRouteTest {
  @Autowired CamelContext camel;
  @MockitoBean ArchiveService archiveService;

  @Test
  void theDailyCheckRunsOnItsCronAndAFailureIsLoggedNotFatal(CapturedOutput output)
      throws Exception {
    QuartzRoute route = QuartzRoute.of(camel, "archive-fixity");
    CronTrigger trigger = route.trigger();

    assertThat(trigger.getCronExpression()).isEqualTo("0 0 4 * * ?");
    assertThat(trigger.getTimeZone()).isEqualTo(TimeZone.getTimeZone("Asia/Tomsk"));

    doThrow(new IllegalStateException("drive B unplugged")).when(archiveService).checkDue();
    route.fireNow();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(output.getOut())
                    .contains(
                        "route archive-fixity failed: IllegalStateException: drive B unplugged"));
    verify(archiveService, atLeastOnce()).checkDue();
    assertThat(camel.getRouteController().getRouteStatus("archive-fixity").isStarted()).isTrue();
  }

  @Test
  void theTermSnapshotRouteCallsTheArchiveAndLogsItsErrors(CapturedOutput output) {
    doThrow(new IllegalStateException("no key")).when(archiveService).snapshotEndedTerm();

    camel.createProducerTemplate().sendBody("direct:archive-term-snapshot", null);

    verify(archiveService).snapshotEndedTerm();
    assertThat(output.getOut())
        .contains("route archive-term-snapshot failed: IllegalStateException: no key");
  }
}
