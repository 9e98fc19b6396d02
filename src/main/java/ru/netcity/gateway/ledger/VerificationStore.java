package ru.netcity.gateway.ledger;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** SQL for ledger_verification: every verification's result, the newest per school read back. */
public final class VerificationStore {

  /**
   * The newest verification of a school.
   *
   * @param brokenSeq 0 when intact
   * @param at UTC
   */
  public record Last(
      int schoolId,
      boolean intact,
      long verifiedSeq,
      long brokenSeq,
      String problem,
      LocalDateTime at) {}

  /**
   * Where a check of the new events may start: the newest verification, intact, and the newest
   * whole one, intact too.
   *
   * @param seq the head the newest verification found intact, {@code hash} its hash
   * @param wholeAt UTC time of the newest intact verification of the whole chain
   */
  record Checkpoint(long seq, String hash, LocalDateTime wholeAt) {}

  private final JdbcTemplate jdbc;

  VerificationStore(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  void save(Verification v) {
    jdbc.update(
        "INSERT INTO ledger_verification (school_id, verified_at, verified_seq, hash, result,"
            + " broken_seq, problem, detail, verified_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        v.schoolId(),
        EventHash.storable(v.at()),
        v.headSeq(),
        v.headHash(),
        v.intact() ? "INTACT" : "BROKEN",
        v.intact() ? null : v.firstBrokenSeq(),
        v.intact() ? null : v.problem().name(),
        v.detail() == null ? null : v.detail().substring(0, Math.min(400, v.detail().length())),
        v.fromSeq());
  }

  /**
   * The school's checkpoint as {@code snapshot} shows it; empty when it has no verification yet, or
   * its newest one found damage, or it never had an intact whole one.
   */
  static Optional<Checkpoint> checkpoint(JdbcTemplate snapshot, int schoolId) {
    List<Object[]> newest =
        snapshot.query(
            "SELECT verified_seq, hash, result FROM ledger_verification WHERE school_id = ?"
                + " ORDER BY id DESC LIMIT 1",
            (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)},
            schoolId);
    if (newest.isEmpty() || !"INTACT".equals(newest.get(0)[2])) {
      return Optional.empty();
    }
    LocalDateTime wholeAt =
        snapshot.queryForObject(
            "SELECT MAX(verified_at) FROM ledger_verification WHERE school_id = ?"
                + " AND result = 'INTACT' AND verified_from <= 1",
            LocalDateTime.class,
            schoolId);
    return wholeAt == null
        ? Optional.empty()
        : Optional.of(new Checkpoint((Long) newest.get(0)[0], (String) newest.get(0)[1], wholeAt));
  }

  List<Last> last() {
    return jdbc.query(
        "SELECT school_id, verified_at, verified_seq, result, broken_seq, problem"
            + " FROM ledger_verification v WHERE id = (SELECT MAX(id)"
            + " FROM ledger_verification w WHERE w.school_id = v.school_id) ORDER BY school_id",
        (rs, n) ->
            new Last(
                rs.getInt("school_id"),
                "INTACT".equals(rs.getString("result")),
                rs.getLong("verified_seq"),
                rs.getLong("broken_seq"),
                rs.getString("problem"),
                rs.getObject("verified_at", LocalDateTime.class)));
  }
}
