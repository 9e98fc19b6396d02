package ru.netcity.gateway.notify;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A sync run whose changes calling for messages pass the threshold (a restore in the AIS, a
 * re-import) is held: its stored messages turn HELD, and so do its later ones, until the
 * administrator releases the run. The tally and the hold commit with the unit (V18 notify_run); the
 * units of a school queue on its chain head, so the tally never races.
 */
final class FloodGuard {
  private final JdbcTemplate jdbc;
  private final int threshold;

  FloodGuard(JdbcTemplate jdbc, int threshold) {
    this.jdbc = jdbc;
    this.threshold = threshold;
  }

  /** Adds the unit's changes to the run's tally; returns whether the run is held. */
  boolean count(String runId, int schoolId, int changes) {
    int updated =
        jdbc.update("UPDATE notify_run SET changes = changes + ? WHERE run_id = ?", changes, runId);
    if (updated == 0) {
      jdbc.update(
          "INSERT INTO notify_run (run_id, school_id, changes, held) VALUES (?, ?, ?, FALSE)",
          runId,
          schoolId,
          changes);
    }
    Boolean held =
        jdbc.queryForObject("SELECT held FROM notify_run WHERE run_id = ?", Boolean.class, runId);
    if (Boolean.TRUE.equals(held)) {
      return true;
    }
    Integer total =
        jdbc.queryForObject(
            "SELECT changes FROM notify_run WHERE run_id = ?", Integer.class, runId);
    if (total == null || total <= threshold) {
      return false;
    }
    jdbc.update("UPDATE notify_run SET held = TRUE WHERE run_id = ?", runId);
    jdbc.update(
        "UPDATE notification_outbox SET status = 'HELD' WHERE status = 'PENDING' AND id IN"
            + " (SELECT outbox_id FROM notify_run_message WHERE run_id = ?)",
        runId);
    return true;
  }

  /** Links a stored message to its run. */
  void stored(String runId, long outboxId) {
    jdbc.update(
        "INSERT INTO notify_run_message (outbox_id, run_id) VALUES (?, ?)", outboxId, runId);
  }
}
