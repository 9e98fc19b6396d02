package ru.netcity.gateway.archive;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The archive on the health endpoint: DOWN while a snapshot copy is damaged beyond repair (both
 * copies bad, or a repair failed), with the newest check's counts; the administrator's monitoring
 * sees it there and in the log.
 */
public final class ArchiveHealth implements HealthIndicator {
  private final CheckLog log;

  public ArchiveHealth(DataSource dataSource, java.time.Clock clock) {
    this.log = new CheckLog(dataSource, clock);
  }

  @Override
  public Health health() {
    List<CheckLog.Entry> checks = log.all();
    List<String> damaged =
        checks.stream()
            .filter(e -> e.outcome() == CheckLog.Outcome.DAMAGED)
            .map(e -> e.snapshotId() + " in " + e.location())
            .toList();
    Health.Builder health = damaged.isEmpty() ? Health.up() : Health.down();
    health.withDetail("copiesChecked", checks.size());
    checks.stream()
        .map(CheckLog.Entry::at)
        .max(java.time.LocalDateTime::compareTo)
        .ifPresent(at -> health.withDetail("lastCheckUtc", at.toString()));
    health.withDetail(
        "repaired", checks.stream().filter(e -> e.outcome() == CheckLog.Outcome.REPAIRED).count());
    if (!damaged.isEmpty()) {
      health.withDetail("damagedBeyondRepair", damaged);
    }
    return health.build();
  }
}
