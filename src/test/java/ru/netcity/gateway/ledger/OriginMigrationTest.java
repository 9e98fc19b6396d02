package ru.netcity.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDateTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V10 on a ledger synced before it: each school's origin is unknown until its next sync. */
class OriginMigrationTest {
  @Test
  void schoolsSyncedBeforeV10AreRecordedWithAnUnknownOrigin() {
    try (HikariDataSource db = new HikariDataSource()) {
      db.setJdbcUrl(
          "jdbc:h2:mem:"
              + UUID.randomUUID()
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
      db.setUsername("sa");
      flyway(db).target("7").load().migrate();
      JdbcTemplate sql = new JdbcTemplate(db);
      for (String run : new String[] {"r1", "r2"}) {
        sql.update(
            "INSERT INTO sync_run (id, school_id, started_at, status, units_total)"
                + " VALUES (?, 1001, ?, 'FINISHED', 1)",
            run,
            LocalDateTime.of(2025, 9, run.equals("r1") ? 1 : 2, 2, 30));
      }

      flyway(db).load().migrate();

      assertThat(new Ledger(db, java.time.Clock.systemUTC()).origins())
          .containsExactlyEntriesOf(java.util.Map.of(1001, SchoolOrigins.UNKNOWN));
      assertThat(
              sql.queryForObject(
                  "SELECT recorded_at FROM school_origin WHERE school_id = 1001",
                  LocalDateTime.class))
          .isEqualTo(LocalDateTime.of(2025, 9, 1, 2, 30));
    }
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(
      HikariDataSource db) {
    return Flyway.configure().dataSource(db).locations("classpath:db/migration");
  }
}
