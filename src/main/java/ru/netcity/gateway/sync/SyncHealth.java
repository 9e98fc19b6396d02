package ru.netcity.gateway.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.ledger.RunSummary;

/**
 * The sync on the health endpoint ({@code sync}): DOWN when the last complete run is older than
 * {@code gateway.sync.max-age}, so a journal that silently stopped being pulled shows up in the
 * administrator's monitoring. Before any complete run the age counts from the service's start, so a
 * new installation is UP while its first sync runs.
 */
public final class SyncHealth implements HealthIndicator {
  private final Ledger ledger;
  private final Clock clock;
  private final Duration maxAge;
  private final LocalDateTime startedAt;

  public SyncHealth(Ledger ledger, Clock clock, Duration maxAge) {
    this.ledger = ledger;
    this.clock = clock;
    this.maxAge = maxAge;
    this.startedAt = now();
  }

  @Override
  public Health health() {
    Optional<RunSummary> last = ledger.lastCompleteRun();
    LocalDateTime since = last.map(RunSummary::finishedAt).orElse(startedAt);
    Duration age = Duration.between(since, now());
    Health.Builder health = age.compareTo(maxAge) > 0 ? Health.down() : Health.up();
    health.withDetail(
        "lastCompleteRunUtc", last.map(r -> r.finishedAt().toString()).orElse("none yet"));
    health.withDetail("maxAge", maxAge.toString());
    if (age.compareTo(maxAge) > 0) {
      health.withDetail(
          "problem",
          last.isPresent()
              ? "no complete sync for " + age.toHours() + " h"
              : "no complete sync since the start " + age.toHours() + " h ago");
    }
    return health.build();
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
