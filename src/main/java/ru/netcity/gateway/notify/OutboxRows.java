package ru.netcity.gateway.notify;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes rows of the outbox (V15) and the counts of messages held back for want of consent (V18),
 * in the caller's transaction. Subject and body are personal data: no error here quotes them.
 */
final class OutboxRows {
  /** One message to store. */
  record Row(
      String key,
      long parentId,
      int schoolId,
      int studentId,
      Channel channel,
      MessageKind kind,
      Templates.Text text,
      LocalDateTime createdAt,
      LocalDateTime dueAt,
      boolean held) {}

  private final JdbcTemplate jdbc;

  OutboxRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(String key) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM notification_outbox WHERE idempotency_key = ?",
            Integer.class,
            key);
    return n != null && n > 0;
  }

  /** How many messages to the parent on the channel fall due in [from, to) (UTC). */
  int dueBetween(long parentId, Channel channel, LocalDateTime from, LocalDateTime to) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM notification_outbox WHERE parent_id = ? AND channel = ?"
                + " AND due_at >= ? AND due_at < ?",
            Integer.class,
            parentId,
            channel.name(),
            Timestamp.valueOf(from),
            Timestamp.valueOf(to));
    return n == null ? 0 : n;
  }

  /** Stores the row; returns its id. */
  long insert(Row r) {
    return jdbc.execute(
        (java.sql.Connection c) -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO notification_outbox (idempotency_key, parent_id, school_id,"
                      + " student_id, channel, kind, subject, body, created_at, due_at, status)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  new String[] {"id"})) {
            s.setString(1, r.key());
            s.setLong(2, r.parentId());
            s.setInt(3, r.schoolId());
            s.setInt(4, r.studentId());
            s.setString(5, r.channel().name());
            s.setString(6, r.kind().name());
            s.setString(7, cut(r.text().subject(), 300));
            s.setString(8, r.text().body());
            s.setTimestamp(9, Timestamp.valueOf(r.createdAt()));
            s.setTimestamp(10, Timestamp.valueOf(r.dueAt()));
            s.setString(11, r.held() ? "HELD" : "PENDING");
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
              keys.next();
              return keys.getLong(1);
            }
          }
        });
  }

  /** Counts one message not stored: no consent in force for the channel (reason per V18). */
  void heldBack(int schoolId, LocalDate day, Channel channel, String reason) {
    int updated =
        jdbc.update(
            "UPDATE notify_held_back SET messages = messages + 1"
                + " WHERE school_id = ? AND school_day = ? AND channel = ? AND reason = ?",
            schoolId,
            Date.valueOf(day),
            channel.name(),
            reason);
    if (updated == 0) {
      jdbc.update(
          "INSERT INTO notify_held_back (school_id, school_day, channel, reason, messages)"
              + " VALUES (?, ?, ?, ?, 1)",
          schoolId,
          Date.valueOf(day),
          channel.name(),
          reason);
    }
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
