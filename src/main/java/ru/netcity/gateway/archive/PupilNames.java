package ru.netcity.gateway.archive;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.audit.StudentNames;

/**
 * Pupils' names for a snapshot, read from the AIS when it is made: the gateway's database keeps ids
 * only, but a journal kept for years must name its pupils. The names go into the signed snapshot
 * only, never into a log.
 */
final class PupilNames {
  private static final Logger LOG = LoggerFactory.getLogger(PupilNames.class);

  private final JdbcTemplate jdbc;
  private final StudentNames names;
  private final boolean enabled;

  PupilNames(DataSource dataSource, StudentNames names, boolean enabled) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.names = names;
    this.enabled = enabled;
  }

  /** Names by pupil id of the school's rosters; empty when disabled or the AIS cannot say. */
  Map<Integer, String> of(int school) {
    if (!enabled) {
      return Map.of();
    }
    Map<Integer, Set<Integer>> byClass = new HashMap<>();
    jdbc.query(
        "SELECT class_id, student_id FROM roster WHERE school_id = ?",
        rs -> {
          byClass.computeIfAbsent(rs.getInt(1), c -> new HashSet<>()).add(rs.getInt(2));
        },
        school);
    try {
      return names.names(byClass);
    } catch (RuntimeException e) {
      LOG.warn(
          "archive: pupils' names unavailable from the AIS ({}); the snapshot holds ids only",
          e.getClass().getSimpleName());
      return Map.of();
    }
  }
}
