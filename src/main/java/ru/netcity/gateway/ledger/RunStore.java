package ru.netcity.gateway.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.domain.UnitScope;

/** SQL for sync_run and work_unit. */
final class RunStore {

  static final String RUNNING = "RUNNING";
  static final String FINISHED = "FINISHED";

  private static final String RUN_COLUMNS =
      "id, school_id, started_at, finished_at, complete, units_total, units_done";

  private final JdbcTemplate jdbc;

  RunStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insertRun(String id, int schoolId, LocalDateTime startedAt, int unitsTotal) {
    jdbc.update(
        "INSERT INTO sync_run (id, school_id, started_at, status, complete, units_total,"
            + " units_done) VALUES (?, ?, ?, ?, FALSE, ?, 0)",
        id,
        schoolId,
        startedAt,
        RUNNING,
        unitsTotal);
  }

  /** A unit for a run that is unknown, of another school or finished is a caller's bug. */
  void requireRunning(String runId, int schoolId) {
    List<String> status =
        jdbc.queryForList(
            "SELECT status FROM sync_run WHERE id = ? AND school_id = ?",
            String.class,
            runId,
            schoolId);
    if (status.isEmpty()) {
      throw new IllegalArgumentException("no run " + runId + " for school " + schoolId);
    }
    if (!RUNNING.equals(status.get(0))) {
      throw new IllegalStateException("run " + runId + " is already finished");
    }
  }

  Optional<UnitResult> doneUnit(String runId, String unitKey) {
    return jdbc
        .query(
            "SELECT unit_key, status, added, changed, baseline, missing, reason FROM work_unit"
                + " WHERE run_id = ? AND unit_key = ? AND status = 'DONE'",
            (rs, n) ->
                new UnitResult(
                    rs.getString("unit_key"),
                    rs.getString("status"),
                    rs.getInt("added"),
                    rs.getInt("changed"),
                    rs.getInt("baseline"),
                    rs.getInt("missing"),
                    rs.getString("reason")),
            runId,
            unitKey)
        .stream()
        .findFirst();
  }

  /** Writes the unit's outcome; an INCOMPLETE unit may be retried and overwritten in its run. */
  void saveUnit(String runId, UnitScope scope, UnitResult r, LocalDateTime finishedAt) {
    Object[] values = {
      r.status(),
      r.reason(),
      r.eventCount(),
      r.added(),
      r.changed(),
      r.baseline(),
      r.missing(),
      finishedAt,
      scope.schoolId(),
      scope.classId(),
      scope.from(),
      scope.to(),
      runId,
      scope.key()
    };
    int[] types = {
      Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER,
      Types.INTEGER, Types.TIMESTAMP, Types.INTEGER, Types.INTEGER, Types.DATE, Types.DATE,
      Types.VARCHAR, Types.VARCHAR
    };
    // Update first, then insert: the caller holds the school's chain lock, so no one races us.
    int updated =
        jdbc.update(
            "UPDATE work_unit SET status = ?, reason = ?, event_count = ?, added = ?, changed = ?,"
                + " baseline = ?, missing = ?, finished_at = ?, school_id = ?, class_id = ?,"
                + " window_from = ?, window_to = ? WHERE run_id = ? AND unit_key = ?",
            values,
            types);
    if (updated == 0) {
      jdbc.update(
          "INSERT INTO work_unit (status, reason, event_count, added, changed, baseline, missing,"
              + " finished_at, school_id, class_id, window_from, window_to, run_id, unit_key)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          values,
          types);
    }
  }

  Set<String> doneUnits(String runId) {
    return new HashSet<>(
        jdbc.queryForList(
            "SELECT unit_key FROM work_unit WHERE run_id = ? AND status = 'DONE'",
            String.class,
            runId));
  }

  RunSummary finish(String runId, LocalDateTime finishedAt) {
    RunSummary run = find(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
    int done = doneUnits(runId).size();
    boolean complete = done >= run.unitsTotal();
    jdbc.update(
        "UPDATE sync_run SET status = ?, finished_at = ?, complete = ?, units_done = ?"
            + " WHERE id = ?",
        FINISHED,
        finishedAt,
        complete,
        done,
        runId);
    return new RunSummary(
        runId, run.schoolId(), run.startedAt(), finishedAt, complete, run.unitsTotal(), done);
  }

  Optional<String> lastUnfinished(int schoolId) {
    return jdbc
        .queryForList(
            "SELECT id FROM sync_run WHERE school_id = ? AND status = ?"
                + " ORDER BY started_at DESC LIMIT 1",
            String.class,
            schoolId,
            RUNNING)
        .stream()
        .findFirst();
  }

  List<RunSummary> newest(int limit) {
    return jdbc.query(
        "SELECT " + RUN_COLUMNS + " FROM sync_run ORDER BY started_at DESC, id LIMIT ?",
        RunStore::run,
        limit);
  }

  private Optional<RunSummary> find(String runId) {
    return jdbc
        .query("SELECT " + RUN_COLUMNS + " FROM sync_run WHERE id = ?", RunStore::run, runId)
        .stream()
        .findFirst();
  }

  private static RunSummary run(ResultSet rs, int n) throws SQLException {
    return new RunSummary(
        rs.getString("id"),
        rs.getInt("school_id"),
        rs.getObject("started_at", LocalDateTime.class),
        rs.getObject("finished_at", LocalDateTime.class),
        rs.getBoolean("complete"),
        rs.getInt("units_total"),
        rs.getInt("units_done"));
  }
}
