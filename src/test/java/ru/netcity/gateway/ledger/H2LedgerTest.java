package ru.netcity.gateway.ledger;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ledger on H2 in PostgreSQL mode, as the embedded default runs it (in memory here). */
class H2LedgerTest extends LedgerContract {
  private static JdbcDataSource db;

  @BeforeAll
  static void migrate() {
    db = new JdbcDataSource();
    db.setURL(
        "jdbc:h2:mem:ledger_"
            + UUID.randomUUID().toString().replace("-", "")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
  }

  @AfterAll
  static void dropDatabase() {
    new JdbcTemplate(db).execute("SHUTDOWN");
  }

  @Override
  protected DataSource dataSource() {
    return db;
  }
}
