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
import ru.netcity.gateway.notify.ClassDigests;

/**
 * routes/class-digest.camel.yaml: the daily digest on its cron in the school's zone, errors logged.
 */
@RouteTestContext
@ExtendWith(OutputCaptureExtension.class)
class ClassDigestRouteTest {
  @Autowired CamelContext camel;
  @MockitoBean ClassDigests classDigests;

  @Test
  void theDigestRunsOnItsCronAndAFailureIsLoggedNotFatal(CapturedOutput output) throws Exception {
    QuartzRoute route = QuartzRoute.of(camel, "class-digest");
    CronTrigger trigger = route.trigger();

    assertThat(trigger.getCronExpression()).isEqualTo("0 0 7 * * ?");
    assertThat(trigger.getTimeZone()).isEqualTo(TimeZone.getTimeZone("Asia/Tomsk"));

    doThrow(new IllegalStateException("no roster")).when(classDigests).makeForYesterday();
    route.fireNow();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(output.getOut())
                    .contains("route class-digest failed: IllegalStateException: no roster"));
    verify(classDigests, atLeastOnce()).makeForYesterday();
    assertThat(camel.getRouteController().getRouteStatus("class-digest").isStarted()).isTrue();
  }
}
