package ru.netcity.gateway.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Audit runs and their findings (tables audit_run and audit_finding). */
public final class AuditStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;

  public AuditStore(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /** Writes the run and all its findings in one transaction. */
  void save(AuditRun run, List<Finding> findings) {
    tx.executeWithoutResult(
        status -> {
          jdbc.update(
              "INSERT INTO audit_run (id, school_id, sync_run_id, rule_set_versions, started_at,"
                  + " finished_at, units_done, units_total, incomplete_classes, findings)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              run.id(),
              run.schoolId(),
              run.syncRunId(),
              String.join(",", run.ruleSetVersions()),
              run.startedAt(),
              run.finishedAt(),
              run.unitsDone(),
              run.unitsTotal(),
              String.join(",", run.incompleteClasses()),
              run.findings());
          List<Object[]> rows = new ArrayList<>();
          for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            rows.add(
                new Object[] {
                  run.id(),
                  i + 1,
                  f.rule(),
                  f.clause(),
                  f.severity().label(),
                  f.ruleSetVersion(),
                  f.schoolId(),
                  f.classId(),
                  f.className(),
                  f.subject(),
                  f.teacher(),
                  f.studentId(),
                  f.lessonDate(),
                  json(f.evidence()),
                  f.message()
                });
          }
          jdbc.batchUpdate(
              "INSERT INTO audit_finding (run_id, seq, rule_code, clause, severity,"
                  + " rule_set_version, school_id, class_id, class_name, subject, teacher,"
                  + " student_id, lesson_date, evidence, message)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              rows);
        });
  }

  /** The newest audit run of any school. */
  public Optional<AuditRun> latestRun() {
    return jdbc
        .query("SELECT * FROM audit_run ORDER BY finished_at DESC, id LIMIT 1", (rs, i) -> run(rs))
        .stream()
        .findFirst();
  }

  /**
   * The run's findings that pass the filter, by date, class, rule (the teacher after the query).
   */
  public List<Finding> findings(String runId, FindingFilter filter) {
    StringBuilder sql = new StringBuilder("SELECT * FROM audit_finding WHERE run_id = ?");
    List<Object> args = new ArrayList<>(List.of(runId));
    if (filter.from() != null) {
      sql.append(" AND lesson_date >= ?");
      args.add(filter.from());
    }
    if (filter.to() != null) {
      sql.append(" AND lesson_date <= ?");
      args.add(filter.to());
    }
    if (filter.rule() != null) {
      sql.append(" AND rule_code = ?");
      args.add(filter.rule());
    }
    if (filter.className() != null) {
      sql.append(" AND class_name = ?");
      args.add(filter.className());
    }
    sql.append(" ORDER BY lesson_date, class_name, rule_code, subject, seq");
    List<Finding> found = jdbc.query(sql.toString(), (rs, i) -> finding(rs), args.toArray());
    return filter.teacher() == null ? found : found.stream().filter(filter::names).toList();
  }

  private static AuditRun run(ResultSet rs) throws SQLException {
    return new AuditRun(
        rs.getString("id"),
        rs.getInt("school_id"),
        rs.getString("sync_run_id"),
        split(rs.getString("rule_set_versions")),
        rs.getObject("started_at", LocalDateTime.class),
        rs.getObject("finished_at", LocalDateTime.class),
        rs.getInt("units_done"),
        rs.getInt("units_total"),
        split(rs.getString("incomplete_classes")),
        rs.getInt("findings"));
  }

  private static Finding finding(ResultSet rs) throws SQLException {
    Object student = rs.getObject("student_id");
    try {
      return new Finding(
          rs.getString("rule_code"),
          rs.getString("clause"),
          Severity.ofLabel(rs.getString("severity")),
          rs.getInt("school_id"),
          rs.getInt("class_id"),
          rs.getString("class_name"),
          rs.getString("subject"),
          rs.getString("teacher"),
          student == null ? null : ((Number) student).intValue(),
          rs.getObject("lesson_date", LocalDate.class),
          JSON.readValue(rs.getString("evidence"), MAP),
          rs.getString("message"),
          rs.getString("rule_set_version"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("malformed evidence in audit_finding", e);
    }
  }

  private static String json(Map<String, Object> evidence) {
    try {
      return JSON.writeValueAsString(evidence);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> split(String csv) {
    return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
  }
}
