package ru.netcity.gateway.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.domain.UnitScope;

/** SQL for sync_run and work_unit. */
final class RunStore {

  static final String RUNNING = "RUNNING";
  static final String FINISHED = "FINISHED";

  /** The length of work_unit.reason (V1). */
  static final int REASON_LENGTH = 1000;

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
      fitReason(r.reason()),
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

  /**
   * The reason cut to {@code work_unit.reason}'s {@value #REASON_LENGTH} characters: a long
   * exception message must not fail the write that records the unit as incomplete.
   */
  static String fitReason(String reason) {
    if (reason == null || reason.length() <= REASON_LENGTH) {
      return reason;
    }
    int end = REASON_LENGTH - 1;
    if (Character.isHighSurrogate(reason.charAt(end - 1))) {
      end--; // never split a surrogate pair
    }
    return reason.substring(0, end) + "…";
  }

  Set<String> doneUnits(String runId) {
    return new HashSet<>(
        jdbc.queryForList(
            "SELECT unit_key FROM work_unit WHERE run_id = ? AND status = 'DONE'",
            String.class,
            runId));
  }

  /**
   * Closes the run over {@code plan}, the unit keys of its current plan: a run resumed on a later
   * day planned other windows than the day it started, so only the units of today's plan count.
   */
  RunSummary finish(String runId, Set<String> plan, LocalDateTime finishedAt) {
    RunSummary run = find(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
    Set<String> done = doneUnits(runId);
    done.retainAll(plan);
    boolean complete = done.size() == plan.size();
    jdbc.update(
        "UPDATE sync_run SET status = ?, finished_at = ?, complete = ?, units_total = ?,"
            + " units_done = ? WHERE id = ?",
        FINISHED,
        finishedAt,
        complete,
        plan.size(),
        done.size(),
        runId);
    return new RunSummary(
        runId, run.schoolId(), run.startedAt(), finishedAt, complete, plan.size(), done.size());
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

  /** When the school's newest complete run started (UTC). */
  Optional<LocalDateTime> lastCompleteStart(int schoolId) {
    return jdbc
        .queryForList(
            "SELECT MAX(started_at) FROM sync_run WHERE school_id = ? AND complete = TRUE",
            LocalDateTime.class,
            schoolId)
        .stream()
        .filter(Objects::nonNull)
        .findFirst();
  }

  Optional<RunSummary> newestComplete() {
    return jdbc
        .query(
            "SELECT "
                + RUN_COLUMNS
                + " FROM sync_run WHERE complete = TRUE ORDER BY finished_at DESC LIMIT 1",
            RunStore::run)
        .stream()
        .findFirst();
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
