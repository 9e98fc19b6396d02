package ru.netcity.gateway.ledger;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** SQL for school_origin: the AIS each school was first synced from (V10). */
final class SchoolOrigins {
  /** What V10 recorded for the schools synced before it; the next sync records the real origin. */
  static final String UNKNOWN = "unknown (synced before V10)";

  private final JdbcTemplate jdbc;

  SchoolOrigins(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void require(int schoolId, String origin, LocalDateTime now) {
    String recorded = recorded(schoolId);
    if (recorded == null) {
      try {
        jdbc.update(
            "INSERT INTO school_origin (school_id, origin, recorded_at) VALUES (?, ?, ?)",
            schoolId,
            origin,
            now);
        return;
      } catch (DuplicateKeyException raced) {
        recorded = recorded(schoolId); // a sync in another process recorded it just now
      }
    }
    if (recorded.equals(UNKNOWN)
        && jdbc.update(
                "UPDATE school_origin SET origin = ?, recorded_at = ? WHERE school_id = ?"
                    + " AND origin = ?",
                origin,
                now,
                schoolId,
                UNKNOWN)
            == 1) {
      return;
    }
    if (!recorded.equals(origin)) {
      throw new OriginMismatchException(schoolId, recorded, origin);
    }
  }

  Map<Integer, String> all() {
    Map<Integer, String> origins = new LinkedHashMap<>();
    jdbc.query(
        "SELECT school_id, origin FROM school_origin ORDER BY school_id",
        rs -> {
          origins.put(rs.getInt("school_id"), rs.getString("origin"));
        });
    return origins;
  }

  private String recorded(int schoolId) {
    List<String> origin =
        jdbc.queryForList(
            "SELECT origin FROM school_origin WHERE school_id = ?", String.class, schoolId);
    return origin.isEmpty() ? null : origin.get(0);
  }
}
