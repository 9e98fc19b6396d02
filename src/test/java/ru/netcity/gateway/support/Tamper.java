package ru.netcity.gateway.support;

import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an attacker with the database owner's rights does first: drops the triggers that keep
 * ledger_event append-only, so tests can edit or cut the history and show that the verification
 * (chain, replay, anchors) still finds it.
 */
public final class Tamper {
  private Tamper() {}

  public static JdbcTemplate allowEdits(DataSource dataSource) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    boolean h2 =
        "H2"
            .equals(
                jdbc.execute(
                    (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
    if (h2) {
      jdbc.execute("DROP TRIGGER IF EXISTS ledger_event_append_only");
    } else {
      jdbc.execute("DROP TRIGGER IF EXISTS ledger_event_append_only ON ledger_event");
      jdbc.execute("DROP TRIGGER IF EXISTS ledger_event_no_truncate ON ledger_event");
    }
    return jdbc;
  }
}
