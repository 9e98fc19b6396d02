package ru.netcity.gateway.ledger;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import ru.netcity.gateway.support.RequiredServices;

/**
 * The ledger on the running PostgreSQL server (production's engine), in a schema of its own that is
 * dropped afterwards. Skipped without a server unless {@code it.require-services=true}.
 */
class PostgresLedgerTest extends LedgerContract {
  private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private static String user;
  private static String schema;
  private static HikariDataSource db;

  @BeforeAll
  static void createSchema() throws SQLException {
    user = RequiredServices.requirePostgres(URL, "postgres", "root");
    schema = "ledger_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE SCHEMA " + schema);
    db = new HikariDataSource();
    db.setJdbcUrl(URL + "?currentSchema=" + schema);
    db.setUsername(user);
    db.setMaximumPoolSize(6);
    Flyway.configure()
        .dataSource(db)
        .schemas(schema)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    if (db != null) {
      db.close();
    }
    if (schema != null) {
      execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @Override
  protected DataSource dataSource() {
    return db;
  }

  private static void execute(String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, user, null);
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }
}
