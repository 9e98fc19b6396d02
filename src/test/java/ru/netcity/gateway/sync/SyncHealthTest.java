package ru.netcity.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.support.MovingClock;
import ru.netcity.gateway.support.TestDatabase;

/** The health check {@code sync}: DOWN once the last complete run is older than max-age. */
class SyncHealthTest {
  private static final Duration MAX_AGE = Duration.ofDays(2);

  private final TestDatabase db = TestDatabase.h2();
  private final MovingClock clock = new MovingClock(Instant.parse("2026-09-01T03:00:00Z"));
  private final Ledger ledger = new Ledger(db.dataSource(), clock);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void upWhileTheLastCompleteRunIsYoungerThanMaxAgeAndDownAfter() {
    SyncHealth health = new SyncHealth(ledger, clock, MAX_AGE);
    UnitScope unit = new UnitScope(1001, 1, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 7));
    String run = ledger.startRun(1001, 1);
    ledger.recordUnit(run, unit, List.of());
    ledger.finishRun(run, List.of(unit.key()));
    String finished = "2026-09-01T03:00";

    clock.advance(MAX_AGE);
    Health young = health.health();
    clock.advance(Duration.ofMinutes(1));
    Health old = health.health();

    assertThat(young.getStatus()).isEqualTo(Status.UP);
    assertThat(young.getDetails())
        .containsEntry("lastCompleteRunUtc", finished)
        .containsEntry("maxAge", "PT48H")
        .doesNotContainKey("problem");
    assertThat(old.getStatus()).isEqualTo(Status.DOWN);
    assertThat(old.getDetails())
        .containsEntry("lastCompleteRunUtc", finished)
        .containsEntry("problem", "no complete sync for 48 h");
  }

  @Test
  void anIncompleteRunDoesNotCountAndBeforeAnyCompleteRunTheAgeCountsFromTheStart() {
    SyncHealth health = new SyncHealth(ledger, clock, MAX_AGE);
    String run = ledger.startRun(1001, 1);
    UnitScope unit = new UnitScope(1001, 1, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 7));
    ledger.markIncomplete(run, unit, "HTTP 503");
    ledger.finishRun(run, List.of(unit.key()));

    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    assertThat(health.health().getDetails()).containsEntry("lastCompleteRunUtc", "none yet");
    clock.advance(MAX_AGE.plusHours(1));
    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.health().getDetails())
        .containsEntry("problem", "no complete sync since the start 49 h ago");
  }
}
