package ru.netcity.gateway.ledger;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which engine the ledger's database is (PostgreSQL or H2), asked at the first question. */
final class Engine {
  private final JdbcTemplate jdbc;
  private volatile Boolean postgres;

  Engine(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  boolean postgres() {
    if (postgres == null) {
      postgres =
          Boolean.TRUE.equals(
              jdbc.execute(
                  (ConnectionCallback<Boolean>)
                      c -> "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())));
    }
    return postgres;
  }
}
