package ru.netcity.gateway.corrections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** SQL for the correction_request table. */
final class CorrectionStore {
  private static final String COLUMNS =
      "id, requested_on, class_name, teacher, target_date, subject, changes, reason,"
          + " basis_document, status, decided_by, decided_at, decision_comment, filed_at,"
          + " changes_made";

  private final JdbcTemplate jdbc;

  CorrectionStore(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  long insert(NewCorrection c, LocalDate requestedOn, LocalDateTime filedAt) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        connection -> {
          var statement =
              connection.prepareStatement(
                  "INSERT INTO correction_request (requested_on, class_name, teacher, target_date,"
                      + " subject, changes, reason, basis_document, status, filed_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)",
                  new String[] {"id"});
          statement.setObject(1, requestedOn);
          statement.setString(2, c.className().strip());
          statement.setString(3, c.teacher().strip());
          statement.setObject(4, c.targetDate());
          statement.setString(5, c.subject().strip());
          statement.setString(6, c.changes().strip());
          statement.setString(7, c.reason().strip());
          statement.setString(8, blankToNull(c.basisDocument()));
          statement.setTimestamp(9, Timestamp.valueOf(filedAt));
          return statement;
        },
        key);
    return key.getKey().longValue();
  }

  /**
   * Decides a pending request; false when it is not pending (any more).
   *
   * @param changesMade the note of the changes made (approvals only)
   */
  boolean decide(
      long id,
      CorrectionStatus status,
      String by,
      String changesMade,
      String comment,
      LocalDateTime decidedAt) {
    return jdbc.update(
            "UPDATE correction_request SET status = ?, decided_by = ?, changes_made = ?,"
                + " decision_comment = ?, decided_at = ? WHERE id = ? AND status = 'PENDING'",
            status.name(),
            by.strip(),
            blankToNull(changesMade),
            blankToNull(comment),
            Timestamp.valueOf(decidedAt),
            id)
        == 1;
  }

  Optional<CorrectionRequest> find(long id) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM correction_request WHERE id = ?", CorrectionStore::row, id)
        .stream()
        .findFirst();
  }

  /** Requests filed between the dates (inclusive; null = open), in the register's order. */
  List<CorrectionRequest> list(LocalDate from, LocalDate to, CorrectionStatus status) {
    List<Object> params = new ArrayList<>();
    params.add(from == null ? LocalDate.of(1900, 1, 1) : from);
    params.add(to == null ? LocalDate.of(9999, 12, 31) : to);
    if (status != null) {
      params.add(status.name());
    }
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM correction_request WHERE requested_on >= ? AND requested_on <= ?"
            + (status == null ? "" : " AND status = ?")
            + " ORDER BY requested_on, id",
        CorrectionStore::row,
        params.toArray());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static CorrectionRequest row(ResultSet rs, int n) throws SQLException {
    return new CorrectionRequest(
        rs.getLong("id"),
        rs.getObject("requested_on", LocalDate.class),
        rs.getString("class_name"),
        rs.getString("teacher"),
        rs.getObject("target_date", LocalDate.class),
        rs.getString("subject"),
        rs.getString("changes"),
        rs.getString("reason"),
        rs.getString("basis_document"),
        CorrectionStatus.valueOf(rs.getString("status")),
        rs.getString("decided_by"),
        rs.getObject("decided_at", LocalDateTime.class),
        rs.getString("decision_comment"),
        rs.getObject("filed_at", LocalDateTime.class),
        rs.getString("changes_made"));
  }
}
