package ru.netcity.gateway.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A benchmark's PostgreSQL database: a fresh schema of its own on the server at the given URL
 * (trust auth, user {@code postgres} unless the URL names one), dropped on close.
 */
final class BenchPostgres implements AutoCloseable {
  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private final String url;
  private final String schema;
  private final HikariDataSource pool;

  private BenchPostgres(String url, String schema, HikariDataSource pool) {
    this.url = url;
    this.schema = schema;
    this.pool = pool;
  }

  static BenchPostgres create(String url, String prefix) throws SQLException {
    String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(url, "CREATE SCHEMA " + schema);
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    if (!url.contains("user=")) {
      pool.setUsername("postgres");
    }
    pool.setMaximumPoolSize(2);
    return new BenchPostgres(url, schema, pool);
  }

  HikariDataSource dataSource() {
    return pool;
  }

  String describe() {
    return url + ", schema " + schema + " (dropped after)";
  }

  @Override
  public void close() throws SQLException {
    pool.close();
    execute(url, "DROP SCHEMA " + schema + " CASCADE");
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection c =
            url.contains("user=")
                ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, "postgres", null);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
