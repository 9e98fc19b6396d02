package ru.netcity.gateway.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** SQL for the gateway_user table; times are UTC. */
final class AccountStore {
  private static final String COLUMNS =
      "login, role, display_name, classes, enabled, failed_attempts, locked_until, email";

  private final JdbcTemplate jdbc;

  AccountStore(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** False when the login exists already. */
  boolean insert(Account a, String passwordHash, LocalDateTime now) {
    try {
      jdbc.update(
          "INSERT INTO gateway_user (login, password_hash, role, display_name, classes, enabled,"
              + " failed_attempts, created_at, email) VALUES (?, ?, ?, ?, ?, TRUE, 0, ?, ?)",
          a.login(),
          passwordHash,
          a.role().name(),
          a.displayName(),
          String.join(",", a.classes()),
          Timestamp.valueOf(now),
          a.email());
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  Optional<Account> find(String login) {
    return jdbc
        .query("SELECT " + COLUMNS + " FROM gateway_user WHERE login = ?", AccountStore::row, login)
        .stream()
        .findFirst();
  }

  Optional<String> passwordHash(String login) {
    return jdbc
        .queryForList("SELECT password_hash FROM gateway_user WHERE login = ?", String.class, login)
        .stream()
        .findFirst();
  }

  List<Account> list() {
    return jdbc.query("SELECT " + COLUMNS + " FROM gateway_user ORDER BY login", AccountStore::row);
  }

  /** A new password also lifts a lock-out. */
  boolean setPassword(String login, String passwordHash) {
    return jdbc.update(
            "UPDATE gateway_user SET password_hash = ?, failed_attempts = 0, locked_until = NULL"
                + " WHERE login = ?",
            passwordHash,
            login)
        == 1;
  }

  /** Sets or (null) clears the account's e-mail address. */
  boolean setEmail(String login, String email) {
    return jdbc.update("UPDATE gateway_user SET email = ? WHERE login = ?", email, login) == 1;
  }

  boolean disable(String login) {
    return jdbc.update("UPDATE gateway_user SET enabled = FALSE WHERE login = ?", login) == 1;
  }

  /** Counts a failed sign-in; true when it locked the account until the time given. */
  boolean failed(String login, int maxFailures, LocalDateTime lockUntil) {
    jdbc.update(
        "UPDATE gateway_user SET failed_attempts = failed_attempts + 1 WHERE login = ?", login);
    return jdbc.update(
            "UPDATE gateway_user SET failed_attempts = 0, locked_until = ?"
                + " WHERE login = ? AND failed_attempts >= ?",
            Timestamp.valueOf(lockUntil),
            login,
            maxFailures)
        == 1;
  }

  /** A successful sign-in clears the count (written only when there is one to clear). */
  void succeeded(String login) {
    jdbc.update(
        "UPDATE gateway_user SET failed_attempts = 0, locked_until = NULL"
            + " WHERE login = ? AND (failed_attempts > 0 OR locked_until IS NOT NULL)",
        login);
  }

  private static Account row(ResultSet rs, int n) throws SQLException {
    String classes = rs.getString("classes");
    return new Account(
        rs.getString("login"),
        Role.valueOf(rs.getString("role")),
        rs.getString("display_name"),
        classes == null || classes.isBlank() ? List.of() : Arrays.asList(classes.split(",")),
        rs.getBoolean("enabled"),
        rs.getInt("failed_attempts"),
        rs.getObject("locked_until", LocalDateTime.class),
        rs.getString("email"));
  }
}
