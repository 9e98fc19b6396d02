package ru.netcity.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.netcity.gateway.ledger.Pulls.marks;
import static ru.netcity.gateway.ledger.Pulls.week;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.support.MovingClock;
import ru.netcity.gateway.support.TestDatabase;

/**
 * The two-role setup of the README on a real PostgreSQL server: the owner migrates with the
 * gateway's role as the {@code gateway_role} placeholder; connected as that role the gateway
 * records runs and verifies, but UPDATE, DELETE and TRUNCATE of ledger_event are denied by the
 * server's privileges, before any trigger.
 */
class PostgresGatewayRoleTest {
  private final MovingClock clock = new MovingClock(Instant.parse("2024-09-08T20:00:00Z"));

  @Test
  void theGatewaysRoleAppendsToTheLedgerButCannotUpdateOrDeleteIt() {
    String role = "gateway_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    TestDatabase.onPostgres("CREATE ROLE " + role + " LOGIN");
    try (TestDatabase owner = TestDatabase.postgres("roles", Map.of("gateway_role", role));
        HikariDataSource gateway = new HikariDataSource()) {
      gateway.setJdbcUrl(owner.jdbcUrl());
      gateway.setUsername(role);
      gateway.setMaximumPoolSize(3);
      Ledger ledger = new Ledger(gateway, clock);
      UnitScope scope = week(7001, 1);
      String run = ledger.startRun(7001, 1);
      ledger.recordUnit(run, scope, marks(scope, 4));
      ledger.finishRun(run, List.of(scope.key()));
      assertThat(new LedgerVerifier(gateway, Anchors.NONE, clock).check(7001).intact()).isTrue();

      JdbcTemplate sql = new JdbcTemplate(gateway);
      assertThatThrownBy(() -> sql.update("UPDATE ledger_event SET value_text = '2'"))
          .hasStackTraceContaining("permission denied for table ledger_event");
      assertThatThrownBy(() -> sql.update("DELETE FROM ledger_event"))
          .hasStackTraceContaining("permission denied for table ledger_event");
      assertThatThrownBy(() -> sql.execute("TRUNCATE ledger_event CASCADE"))
          .hasStackTraceContaining("permission denied for table ledger_event");
      assertThatThrownBy(() -> sql.update("DELETE FROM flyway_schema_history"))
          .hasStackTraceContaining("permission denied");
      assertThat(sql.queryForObject("SELECT COUNT(*) FROM ledger_event", Long.class)).isEqualTo(4);
      // The owner is refused too, by the trigger: only dropping it (as an attacker would) helps.
      assertThatThrownBy(
              () -> new JdbcTemplate(owner.dataSource()).update("DELETE FROM ledger_event"))
          .hasStackTraceContaining("ledger_event is append-only: DELETE refused");
    } finally {
      TestDatabase.onPostgres("DROP OWNED BY " + role);
      TestDatabase.onPostgres("DROP ROLE " + role);
    }
  }
}
