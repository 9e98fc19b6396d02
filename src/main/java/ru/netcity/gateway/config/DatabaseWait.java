package ru.netcity.gateway.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits at start for the database to accept a connection: retries with a doubling pause up to a
 * total, then fails with a message that says so. Runs before the migrations, so a gateway started
 * before its PostgreSQL (a school server's boot order) starts once the database is up.
 */
final class DatabaseWait {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseWait.class);

  /** The longest pause between two attempts. */
  static final Duration MAX_PAUSE = Duration.ofSeconds(10);

  /** Pauses the calling thread; tests pass one that moves their clock instead. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration pause) throws InterruptedException;
  }

  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration total;
  private final Duration firstRetry;

  DatabaseWait(Clock clock, Sleeper sleeper, Duration total, Duration firstRetry) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.total = total;
    this.firstRetry = firstRetry;
  }

  static DatabaseWait of(DatabaseProperties properties) {
    return new DatabaseWait(
        Clock.systemUTC(),
        pause -> Thread.sleep(pause.toMillis()),
        properties.waitAtStart(),
        properties.firstRetry());
  }

  /** Returns once {@code dataSource} gives a connection; throws when {@code total} has passed. */
  void await(DataSource dataSource) {
    Instant deadline = clock.instant().plus(total);
    Duration pause = firstRetry;
    for (int attempt = 1; ; attempt++) {
      Exception failure;
      try (Connection connection = dataSource.getConnection()) {
        if (attempt > 1) {
          LOG.info("database reachable at attempt {}", attempt);
        }
        return;
      } catch (SQLException | RuntimeException e) { // Hikari wraps some failures unchecked
        failure = e;
      }
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.isNegative() || left.isZero()) {
        throw new IllegalStateException(
            "database unavailable: gave up after "
                + total
                + " ("
                + attempt
                + " attempts, gateway.database.wait-at-start): "
                + failure.getMessage(),
            failure);
      }
      Duration next = pause.compareTo(left) < 0 ? pause : left;
      LOG.warn(
          "database unavailable (attempt {}): {}; next attempt in {} ms",
          attempt,
          failure.getMessage(),
          next.toMillis());
      try {
        sleeper.sleep(next);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the database", e);
      }
      pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) < 0 ? pause.multipliedBy(2) : MAX_PAUSE;
    }
  }
}
