package ru.netcity.gateway.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The runs the flood guard held, and their release by the administrator ({@code notify release}).
 */
public final class HeldRuns {
  /** A held run: how many changes called for messages, and how many messages wait. */
  public record Held(String runId, int schoolId, int changes, int messages) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;

  public HeldRuns(DataSource dataSource, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.clock = clock;
  }

  /** Held runs not yet released, oldest first. */
  public List<Held> list() {
    return jdbc.query(
        "SELECT r.run_id, r.school_id, r.changes, (SELECT COUNT(*) FROM notify_run_message m"
            + " JOIN notification_outbox o ON o.id = m.outbox_id"
            + " WHERE m.run_id = r.run_id AND o.status = 'HELD')"
            + " FROM notify_run r WHERE r.held = TRUE AND r.released_at IS NULL ORDER BY r.run_id",
        (rs, n) -> new Held(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)));
  }

  /**
   * Releases the held run: its messages become PENDING (due as they were scheduled, so at once when
   * that time has passed). Returns how many; 0 for a run not held.
   */
  public int release(String runId) {
    Integer released =
        tx.execute(
            status -> {
              int n =
                  jdbc.update(
                      "UPDATE notification_outbox SET status = 'PENDING' WHERE status = 'HELD'"
                          + " AND id IN (SELECT outbox_id FROM notify_run_message"
                          + " WHERE run_id = ?)",
                      runId);
              jdbc.update(
                  "UPDATE notify_run SET released_at = ? WHERE run_id = ? AND held = TRUE",
                  Timestamp.valueOf(LocalDateTime.now(clock.withZone(ZoneOffset.UTC))),
                  runId);
              return n;
            });
    return released == null ? 0 : released;
  }
}
