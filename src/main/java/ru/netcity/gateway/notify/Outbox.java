package ru.netcity.gateway.notify;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox rows of V15 as the dispatch sees them. A row is claimed before it is sent: its
 * next_attempt_at moves {@code claimFor} ahead, so a second dispatcher (the service and a {@code
 * notify --once}) skips it, and a dispatcher that died mid-send leaves it to be sent again once the
 * claim lapsed — at least once, never twice on a channel that takes the idempotency key.
 */
public final class Outbox {
  /** The claim's query (its plan is pinned by OutboxClaimIndexTest). */
  static final String DUE =
      "SELECT o.id, o.idempotency_key, o.parent_id, o.school_id, o.student_id, o.channel, o.kind,"
          + " o.subject, o.body, o.attempts, p.email, p.telegram_chat_id, p.max_user_id, p.phone,"
          + " o.next_attempt_at FROM notification_outbox o JOIN parent p ON p.id = o.parent_id"
          + " WHERE o.status = 'PENDING' AND o.channel = ? AND o.due_at <= ?"
          + " AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?)"
          + " ORDER BY o.due_at, o.id LIMIT ?";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;

  public Outbox(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /**
   * Claims up to {@code limit} due rows of the channel until {@code until}; returns those this call
   * won. V22's index (status, channel, due_at, id) serves the query.
   */
  public List<Outgoing> claimDue(Channel channel, Instant now, Instant until, int limit) {
    Timestamp at = utc(now);
    List<Outgoing> candidates = new ArrayList<>();
    List<Timestamp> seen = new ArrayList<>();
    jdbc.query(
        DUE,
        rs -> {
          candidates.add(
              new Outgoing(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getLong(3),
                  rs.getInt(4),
                  rs.getInt(5),
                  channel,
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getInt(10),
                  rs.getString(11 + channel.ordinal())));
          seen.add(rs.getTimestamp(15));
        },
        channel.name(),
        at,
        at,
        limit);
    List<Outgoing> won = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      Outgoing o = candidates.get(i);
      Timestamp was = seen.get(i);
      int updated =
          was == null
              ? jdbc.update(
                  "UPDATE notification_outbox SET next_attempt_at = ? WHERE id = ?"
                      + " AND status = 'PENDING' AND next_attempt_at IS NULL",
                  utc(until),
                  o.id())
              : jdbc.update(
                  "UPDATE notification_outbox SET next_attempt_at = ? WHERE id = ?"
                      + " AND status = 'PENDING' AND next_attempt_at = ?",
                  utc(until),
                  o.id(),
                  was);
      if (updated == 1) {
        won.add(o);
      }
    }
    return won;
  }

  public void markSent(long id, Instant now) {
    jdbc.update(
        "UPDATE notification_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1,"
            + " next_attempt_at = NULL, last_error = NULL WHERE id = ?",
        utc(now),
        id);
  }

  public void retryAt(long id, Instant when, String error) {
    jdbc.update(
        "UPDATE notification_outbox SET attempts = attempts + 1, next_attempt_at = ?,"
            + " last_error = ? WHERE id = ?",
        utc(when),
        cut(error),
        id);
  }

  /** DEAD and a dead-letter record in one transaction. */
  public void markDead(Outgoing o, Instant now, String error) {
    tx.executeWithoutResult(
        s -> {
          jdbc.update(
              "UPDATE notification_outbox SET status = 'DEAD', attempts = attempts + 1,"
                  + " next_attempt_at = NULL, last_error = ? WHERE id = ?",
              cut(error),
              o.id());
          jdbc.update(
              "INSERT INTO notification_dead_letter (outbox_id, channel, failed_at, attempts,"
                  + " error) VALUES (?, ?, ?, ?, ?)",
              o.id(),
              o.channel().name(),
              utc(now),
              o.attempts() + 1,
              cut(error));
        });
  }

  /**
   * The consent was revoked after the row was stored: the row goes (its text is never sent) and the
   * day's count of messages held back for want of consent grows, in one transaction.
   */
  public void dropWithoutConsent(Outgoing o, LocalDate day) {
    tx.executeWithoutResult(
        s -> {
          jdbc.update("DELETE FROM notification_outbox WHERE id = ?", o.id());
          int updated =
              jdbc.update(
                  "UPDATE notification_held SET count = count + 1 WHERE school_id = ?"
                      + " AND channel = ? AND kind = ? AND \"day\" = ?",
                  o.schoolId(),
                  o.channel().name(),
                  o.kind(),
                  Date.valueOf(day));
          if (updated == 0) {
            jdbc.update(
                "INSERT INTO notification_held (school_id, channel, kind, \"day\", count)"
                    + " VALUES (?, ?, ?, ?, 1)",
                o.schoolId(),
                o.channel().name(),
                o.kind(),
                Date.valueOf(day));
          }
        });
  }

  /**
   * Puts a dead letter's notification back into the queue, due now with fresh attempts.
   *
   * @return false when no such open dead letter exists
   */
  public boolean resend(long deadLetterId, Instant now) {
    Boolean done =
        tx.execute(
            s -> {
              List<Long> outbox =
                  jdbc.queryForList(
                      "SELECT outbox_id FROM notification_dead_letter WHERE id = ?"
                          + " AND resent_at IS NULL",
                      Long.class,
                      deadLetterId);
              if (outbox.isEmpty()) {
                return false;
              }
              jdbc.update(
                  "UPDATE notification_dead_letter SET resent_at = ? WHERE id = ?",
                  utc(now),
                  deadLetterId);
              jdbc.update(
                  "UPDATE notification_outbox SET status = 'PENDING', attempts = 0, due_at = ?,"
                      + " next_attempt_at = NULL, last_error = NULL WHERE id = ? AND status ="
                      + " 'DEAD'",
                  utc(now),
                  outbox.get(0));
              return true;
            });
    return Boolean.TRUE.equals(done);
  }

  /** A new row (a teacher's message, an acknowledgement); false when the key exists already. */
  public boolean add(
      String key,
      long parentId,
      int schoolId,
      int studentId,
      Channel channel,
      String kind,
      String subject,
      String body,
      Instant now) {
    int added =
        jdbc.update(
            "INSERT INTO notification_outbox (idempotency_key, parent_id, school_id, student_id,"
                + " channel, kind, subject, body, created_at, due_at, status)"
                + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING' WHERE NOT EXISTS"
                + " (SELECT 1 FROM notification_outbox WHERE idempotency_key = ?)",
            key,
            parentId,
            schoolId,
            studentId,
            channel.name(),
            kind,
            subject,
            body,
            utc(now),
            utc(now),
            key);
    return added == 1;
  }

  static Timestamp utc(Instant instant) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  private static String cut(String error) {
    String e = error == null ? "unknown error" : error;
    return e.length() <= 500 ? e : e.substring(0, 500);
  }
}
