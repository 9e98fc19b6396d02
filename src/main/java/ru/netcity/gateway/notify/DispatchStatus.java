package ru.netcity.gateway.notify;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The counts {@code notify status} prints per channel: sent; held back for want of consent (all
 * days); waiting for their due time (quiet hours, the evening digest); retrying after a failed
 * attempt; dead letters not yet resent. Also the open dead letters themselves (ids, no texts).
 */
public final class DispatchStatus {
  private final JdbcTemplate jdbc;
  private final Clock clock;

  public DispatchStatus(DataSource dataSource, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.clock = clock;
  }

  public Map<String, Map<String, Long>> perChannel() {
    Map<String, Map<String, Long>> all = new LinkedHashMap<>();
    for (Channel c : Channel.values()) {
      Map<String, Long> counts = new LinkedHashMap<>();
      counts.put(
          "sent",
          count(
              "SELECT COUNT(*) FROM notification_outbox WHERE channel = ?" + " AND status = 'SENT'",
              c));
      counts.put(
          "heldNoConsent",
          count("SELECT COALESCE(SUM(count), 0) FROM notification_held" + " WHERE channel = ?", c));
      counts.put(
          "waitingQuietHours",
          count(
              "SELECT COUNT(*) FROM notification_outbox"
                  + " WHERE channel = ? AND status = 'PENDING' AND due_at > ?",
              c,
              Outbox.utc(clock.instant())));
      counts.put(
          "retrying",
          count(
              "SELECT COUNT(*) FROM notification_outbox WHERE channel = ?"
                  + " AND status = 'PENDING' AND attempts > 0",
              c));
      counts.put(
          "deadLetters",
          count(
              "SELECT COUNT(*) FROM notification_dead_letter"
                  + " WHERE channel = ? AND resent_at IS NULL",
              c));
      all.put(c.name(), counts);
    }
    return all;
  }

  /** An open dead letter: what the administrator may resend. */
  public record DeadLetter(
      long id,
      long outboxId,
      String channel,
      String kind,
      String failedAt,
      int attempts,
      String error) {}

  public List<DeadLetter> deadLetters() {
    return jdbc.query(
        "SELECT d.id, d.outbox_id, d.channel, o.kind, d.failed_at, d.attempts, d.error"
            + " FROM notification_dead_letter d JOIN notification_outbox o ON o.id = d.outbox_id"
            + " WHERE d.resent_at IS NULL ORDER BY d.id",
        (rs, i) ->
            new DeadLetter(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getTimestamp(5).toLocalDateTime() + "Z",
                rs.getInt(6),
                rs.getString(7)));
  }

  private long count(String sql, Channel c, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = c.name();
    System.arraycopy(more, 0, args, 1, more.length);
    Long n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }
}
