package ru.netcity.gateway.support;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A migrated database for a test class: H2 in memory (the embedded default's engine) or a schema of
 * its own on the running PostgreSQL server, dropped on close.
 */
public final class TestDatabase implements AutoCloseable {
  private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private final HikariDataSource pool;
  private final Runnable dropper;
  private final Path anchorFile =
      Path.of("target", "test-anchors", UUID.randomUUID() + ".log").toAbsolutePath();

  private TestDatabase(HikariDataSource pool, Runnable dropper) {
    this.pool = pool;
    this.dropper = dropper;
  }

  public static TestDatabase h2() {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;"
            + "LOCK_TIMEOUT=60000");
    pool.setUsername("sa");
    pool.setMaximumPoolSize(8);
    Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
    return new TestDatabase(pool, () -> {});
  }

  /** The H2 file database a gateway process left under its data dir (no migration: it has one). */
  public static TestDatabase h2File(java.nio.file.Path base) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(
        "jdbc:h2:file:"
            + base
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    pool.setUsername("sa");
    pool.setMaximumPoolSize(2);
    return new TestDatabase(pool, () -> {});
  }

  /** Skips the test without a server, or fails when {@code it.require-services=true}. */
  public static TestDatabase postgres(String prefix) {
    return postgres(prefix, java.util.Map.of());
  }

  /** The same, migrated with these Flyway placeholders (e.g. {@code gateway_role}). */
  public static TestDatabase postgres(String prefix, java.util.Map<String, String> placeholders) {
    String user = RequiredServices.requirePostgres(PG_URL, "postgres", "root");
    String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(user, "CREATE SCHEMA " + schema);
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(PG_URL + "?currentSchema=" + schema);
    pool.setUsername(user);
    pool.setMaximumPoolSize(8);
    Flyway.configure()
        .dataSource(pool)
        .schemas(schema)
        .placeholders(placeholders)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return new TestDatabase(pool, () -> execute(user, "DROP SCHEMA " + schema + " CASCADE"));
  }

  /** Runs one statement on the PostgreSQL server as its administrator (skips without one). */
  public static void onPostgres(String sql) {
    execute(RequiredServices.requirePostgres(PG_URL, "postgres", "root"), sql);
  }

  /** The JDBC URL of this database (for PostgreSQL with its schema). */
  public String jdbcUrl() {
    return pool.getJdbcUrl();
  }

  public DataSource dataSource() {
    return pool;
  }

  /**
   * The settings that point a gateway process at this database, with an anchor file of this
   * database's own (tests reuse school ids in fresh databases).
   */
  public String[] gatewaySettings() {
    return new String[] {
      "--gateway.ledger.anchor-file=" + anchorFile,
      "--spring.datasource.url=" + pool.getJdbcUrl(),
      "--spring.datasource.username=" + pool.getUsername(),
      "--spring.datasource.password="
    };
  }

  @Override
  public void close() {
    pool.close();
    dropper.run();
  }

  private static void execute(String user, String sql) {
    try (Connection c = DriverManager.getConnection(PG_URL, user, null);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql, e);
    }
  }
}
