package ru.netcity.gateway.sync;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.netcity.gateway.mapping.DataQualityIssue;
import ru.netcity.gateway.netcity.ClassRef;
import ru.netcity.gateway.netcity.StudentRef;

/** Rosters and data-quality issues a sync writes beside the ledger. */
final class SyncStore {
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;

  SyncStore(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /** Replaces the class's roster with the one just read (student ids only). */
  void saveRoster(String runId, int schoolId, ClassRef schoolClass, List<StudentRef> roster) {
    tx.executeWithoutResult(
        status -> {
          jdbc.update(
              "DELETE FROM roster WHERE school_id = ? AND class_id = ?",
              schoolId,
              schoolClass.id());
          jdbc.batchUpdate(
              "INSERT INTO roster (school_id, class_id, class_name, student_id, run_id)"
                  + " VALUES (?, ?, ?, ?, ?)",
              roster.stream()
                  .map(
                      s ->
                          new Object[] {
                            schoolId, schoolClass.id(), schoolClass.name(), s.id(), runId
                          })
                  .toList());
        });
  }

  void saveIssues(String runId, String unitKey, List<DataQualityIssue> issues) {
    for (DataQualityIssue issue : issues) {
      jdbc.update(
          "DELETE FROM data_quality_issue WHERE run_id = ? AND unit_key = ? AND code_table = ?"
              + " AND code = ?",
          runId,
          unitKey,
          issue.table(),
          issue.code());
      jdbc.update(
          "INSERT INTO data_quality_issue (run_id, unit_key, code_table, code, what)"
              + " VALUES (?, ?, ?, ?, ?)",
          runId,
          unitKey,
          issue.table(),
          issue.code(),
          issue.what());
    }
  }

  long students(int schoolId) {
    return jdbc.queryForObject(
        "SELECT COUNT(DISTINCT student_id) FROM roster WHERE school_id = ?", Long.class, schoolId);
  }

  long classes(int schoolId) {
    return jdbc.queryForObject(
        "SELECT COUNT(DISTINCT class_id) FROM roster WHERE school_id = ?", Long.class, schoolId);
  }

  /** The school the newest run was about, if any run happened. */
  java.util.Optional<Integer> lastSchool() {
    return jdbc
        .query("SELECT school_id FROM sync_run ORDER BY started_at DESC", (rs, i) -> rs.getInt(1))
        .stream()
        .findFirst();
  }
}
