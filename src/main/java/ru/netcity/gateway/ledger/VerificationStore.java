package ru.netcity.gateway.ledger;

import java.time.LocalDateTime;
import java.util.List;
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

  private final JdbcTemplate jdbc;

  VerificationStore(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  void save(Verification v) {
    jdbc.update(
        "INSERT INTO ledger_verification (school_id, verified_at, verified_seq, hash, result,"
            + " broken_seq, problem, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        v.schoolId(),
        EventHash.storable(v.at()),
        v.headSeq(),
        v.headHash(),
        v.intact() ? "INTACT" : "BROKEN",
        v.intact() ? null : v.firstBrokenSeq(),
        v.intact() ? null : v.problem().name(),
        v.detail() == null ? null : v.detail().substring(0, Math.min(400, v.detail().length())));
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
