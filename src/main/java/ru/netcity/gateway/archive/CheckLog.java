package ru.netcity.gateway.archive;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The newest integrity check of each snapshot copy (table archive_check). */
final class CheckLog {
  /** What the newest check of one copy found. */
  enum Outcome {
    INTACT,
    /** found damaged or missing and rewritten from the other location */
    REPAIRED,
    /** found damaged or missing and could not be repaired */
    DAMAGED
  }

  /** One copy's newest check; {@code at} is UTC. */
  record Entry(
      String snapshotId, String location, LocalDateTime at, Outcome outcome, String detail) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  CheckLog(DataSource dataSource, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.clock = clock;
  }

  void record(String snapshotId, String location, Outcome outcome, String detail) {
    String cut = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    jdbc.update(
        "DELETE FROM archive_check WHERE snapshot_id = ? AND location = ?", snapshotId, location);
    jdbc.update(
        "INSERT INTO archive_check (snapshot_id, location, checked_at, outcome, detail)"
            + " VALUES (?, ?, ?, ?, ?)",
        snapshotId,
        location,
        LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
        outcome.name(),
        cut);
  }

  List<Entry> all() {
    return jdbc.query(
        "SELECT snapshot_id, location, checked_at, outcome, detail FROM archive_check"
            + " ORDER BY snapshot_id, location",
        (rs, n) ->
            new Entry(
                rs.getString(1),
                rs.getString(2),
                rs.getObject(3, LocalDateTime.class),
                Outcome.valueOf(rs.getString(4)),
                rs.getString(5)));
  }

  /** When each snapshot was last checked in full (the older of its copies' checks). */
  Map<String, LocalDateTime> lastChecked() {
    Map<String, LocalDateTime> last = new HashMap<>();
    for (Entry e : all()) {
      last.merge(e.snapshotId(), e.at(), (a, b) -> a.isBefore(b) ? a : b);
    }
    return last;
  }
}
