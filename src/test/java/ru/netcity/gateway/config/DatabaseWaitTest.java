package ru.netcity.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.support.MovingClock;
import ru.netcity.gateway.support.TestDatabase;

/** The wait for the database at start: backoff, success on a later attempt, giving up. */
class DatabaseWaitTest {
  private final MovingClock clock = new MovingClock(Instant.parse("2026-09-01T03:00:00Z"));
  private final List<Duration> pauses = new ArrayList<>();
  private final DatabaseWait.Sleeper sleeper =
      pause -> {
        pauses.add(pause);
        clock.advance(pause);
      };

  @Test
  void aDatabaseThatFailsTwiceIsUsedAtTheThirdAttempt() {
    try (TestDatabase db = TestDatabase.h2()) {
      FailingFirst source = new FailingFirst(db.dataSource(), 2);

      new DatabaseWait(clock, sleeper, Duration.ofMinutes(2), Duration.ofMillis(500)).await(source);

      assertThat(source.attempts).isEqualTo(3);
      assertThat(pauses).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }
  }

  @Test
  void theWaitGivesUpAfterTheConfiguredTotalWithAClearMessage() {
    FailingFirst never = new FailingFirst(null, Integer.MAX_VALUE);

    assertThatThrownBy(
            () ->
                new DatabaseWait(clock, sleeper, Duration.ofSeconds(30), Duration.ofSeconds(1))
                    .await(never))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("database unavailable: gave up after PT30S (7 attempts,")
        .hasMessageEndingWith("Connection to 127.0.0.1:5 refused")
        .hasRootCauseInstanceOf(SQLException.class);
    // 1 + 2 + 4 + 8 s, then at most 10 s, then what is left of the 30 s
    assertThat(pauses)
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(10),
            Duration.ofSeconds(5));
    assertThat(pauses.stream().reduce(Duration.ZERO, Duration::plus))
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aPostgresqlPortWhereNothingListensIsRetriedUntilTheTotalThenReported() {
    try (HikariDataSource nothing = new HikariDataSource()) {
      nothing.setJdbcUrl("jdbc:postgresql://127.0.0.1:9/test");
      nothing.setUsername("gateway");
      DatabaseWait wait =
          DatabaseWait.of(new DatabaseProperties(Duration.ofSeconds(1), Duration.ofMillis(100)));

      assertThatThrownBy(() -> wait.await(nothing))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("database unavailable: gave up after PT1S (")
          .hasMessageContaining("Connection to 127.0.0.1:9 refused");
    }
  }

  /** Refuses the first {@code failures} connections, then hands out the real one's. */
  private static final class FailingFirst implements DataSource {
    private final DataSource real;
    private final int failures;
    int attempts;

    FailingFirst(DataSource real, int failures) {
      this.real = real;
      this.failures = failures;
    }

    @Override
    public Connection getConnection() throws SQLException {
      if (++attempts <= failures) {
        throw new SQLException("Connection to 127.0.0.1:5 refused");
      }
      return real.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
