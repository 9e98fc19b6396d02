package ru.netcity.gateway.notify;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Parents, consents, class teachers and outbox rows written straight into the tables (public for
 * the web layer's tests).
 */
public final class NotifyFixture {
  public final JdbcTemplate jdbc;

  public NotifyFixture(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** A parent of one child in {@code className}, with every contact given and consent on all. */
  public long parent(
      String name,
      int studentId,
      String className,
      String email,
      String chat,
      String maxUser,
      String phone) {
    jdbc.update(
        "INSERT INTO parent (name_key, full_name, email, telegram_chat_id, max_user_id, phone,"
            + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        name.toLowerCase(),
        name,
        email,
        chat,
        maxUser,
        phone,
        Timestamp.valueOf(LocalDateTime.now()));
    long id =
        jdbc.queryForObject(
            "SELECT id FROM parent WHERE name_key = ?", Long.class, name.toLowerCase());
    jdbc.update(
        "INSERT INTO parent_child (parent_id, school_id, student_id, class_name, diary_access)"
            + " VALUES (?, 1, ?, ?, TRUE)",
        id,
        studentId,
        className);
    for (Channel c : Channel.values()) {
      jdbc.update(
          "INSERT INTO parent_consent (parent_id, school_id, student_id, channel, consent_date,"
              + " document) VALUES (?, 1, ?, ?, ?, 'заявление № 1')",
          id,
          studentId,
          c.name(),
          Date.valueOf(LocalDate.of(2025, 9, 1)));
    }
    return id;
  }

  void revoke(long parentId, Channel channel, LocalDate on) {
    jdbc.update(
        "UPDATE parent_consent SET revoked_on = ? WHERE parent_id = ? AND channel = ?",
        Date.valueOf(on),
        parentId,
        channel.name());
  }

  void classTeacher(String login, String className) {
    jdbc.update(
        "INSERT INTO gateway_user (login, password_hash, role, display_name, classes, created_at)"
            + " VALUES (?, '{noop}x', 'CLASS_TEACHER', 'Иванова Мария Петровна', ?, ?)",
        login,
        className,
        Timestamp.valueOf(LocalDateTime.now()));
  }

  /** A PENDING row due now; returns its id. */
  long queue(
      String key, long parentId, int studentId, Channel channel, String subject, String body) {
    Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
    jdbc.update(
        "INSERT INTO notification_outbox (idempotency_key, parent_id, school_id, student_id,"
            + " channel, kind, subject, body, created_at, due_at, status)"
            + " VALUES (?, ?, 1, ?, ?, 'MARK_NEW', ?, ?, ?, ?, 'PENDING')",
        key,
        parentId,
        studentId,
        channel.name(),
        subject,
        body,
        now,
        now);
    return id(key);
  }

  long id(String key) {
    return jdbc.queryForObject(
        "SELECT id FROM notification_outbox WHERE idempotency_key = ?", Long.class, key);
  }

  String status(String key) {
    return jdbc
        .queryForList(
            "SELECT status FROM notification_outbox WHERE idempotency_key = ?", String.class, key)
        .stream()
        .findFirst()
        .orElse("GONE");
  }
}
