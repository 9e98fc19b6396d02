package ru.netcity.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.cli.CommandLine;
import ru.netcity.gateway.support.GatewayProcesses;
import ru.netcity.gateway.support.TestDatabase;

/**
 * Kills a real {@code notify --once} process (SIGKILL) while it sends: after the restart every
 * queued message is delivered, and the SMS gateway (which takes the idempotency key) delivered none
 * twice — the message in flight at the kill is sent again with the same key and dropped.
 */
class NotifyKillTest {
  private static final int MESSAGES = 300;
  private final Path dataDir =
      Path.of("target", "notify-kill-" + UUID.randomUUID()).toAbsolutePath();

  @Test
  void aKilledDispatchLosesNothingAndSendsNothingTwice() throws Exception {
    try (TestDatabase db = TestDatabase.postgres("notify_kill");
        IdempotentSmsGateway sms = new IdempotentSmsGateway()) {
      NotifyFixture fixture = new NotifyFixture(db.dataSource());
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < MESSAGES; i++) {
        long parent =
            fixture.parent(
                "Родитель " + i, 1000 + i, "5А", null, null, null, "+7999100" + (1000 + i));
        String key = "mark:" + i + ":SMS";
        fixture.queue(key, parent, 1000 + i, Channel.SMS, "Оценка", "Русский язык: 5");
        keys.add(key);
      }
      String[] settings = settings(db, sms.baseUrl());

      Process dispatch = GatewayProcesses.start(settings, "notify", "--once");
      BufferedReader err =
          new BufferedReader(
              new InputStreamReader(dispatch.getErrorStream(), StandardCharsets.UTF_8));
      String seen =
          CompletableFuture.supplyAsync(() -> GatewayProcesses.waitFor(err, "notify: 100 sent"))
              .get(3, TimeUnit.MINUTES);
      dispatch.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      assertThat(seen).contains("notify: 100 sent");
      int deliveredAtKill = sms.delivered();
      assertThat(deliveredAtKill).isBetween(100, MESSAGES - 1);

      await()
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () -> {
                assertThat(GatewayProcesses.run(settings, "notify", "--once"))
                    .isEqualTo(CommandLine.COMPLETE);
                return fixture.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification_outbox WHERE status = 'SENT'",
                        Integer.class)
                    == MESSAGES;
              });
      assertThat(sms.delivered()).isEqualTo(MESSAGES);
      assertThat(sms.everyKeyIn(keys)).isTrue();
      // At most the one message in flight when the process died was requested again.
      assertThat(sms.repeats()).isLessThanOrEqualTo(1);
    }
  }

  private String[] settings(TestDatabase db, String smsUrl) {
    List<String> settings =
        new ArrayList<>(
            List.of(
                "--gateway.data-dir=" + dataDir,
                "--gateway.embedded-mock.enabled=false",
                "--gateway.notify.sms.base-url=" + smsUrl,
                "--gateway.notify.sms.rate-per-second=50",
                "--gateway.notify.batch-size=50",
                "--gateway.notify.claim-for=2s"));
    settings.addAll(List.of(db.gatewaySettings()));
    return settings.toArray(String[]::new);
  }
}
