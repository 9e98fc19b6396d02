package ru.netcity.gateway.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.domain.UnitScope;

/** SQL for entry_state, the current state per entry. Callers hold the school's chain lock. */
final class StateStore {

  private static final String COLUMNS =
      "entry_key, kind, class_id, lesson_date, subject, student_id, value_text, ais_entered_at,"
          + " first_seen_at, last_seq, missing_count, deleted";

  private static final int IN_CHUNK = 500;

  /** PostgreSQL's keys go in one array parameter: a unit's keys in one lookup. */
  private static final int ARRAY_CHUNK = 20_000;

  /** The columns {@link #write} gives values for; missing_count and deleted keep their defaults. */
  private static final String WRITE_COLUMNS =
      "kind, class_id, lesson_date, subject, student_id, value_text, ais_entered_at,"
          + " first_seen_at, last_seq, school_id, entry_key";

  private static final int[] WRITE_TYPES = {
    Types.VARCHAR,
    Types.INTEGER,
    Types.DATE,
    Types.VARCHAR,
    Types.INTEGER,
    Types.VARCHAR,
    Types.TIMESTAMP,
    Types.TIMESTAMP,
    Types.BIGINT,
    Types.INTEGER,
    Types.VARCHAR
  };

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  /** PostgreSQL or H2: the key lookup's form differs. */
  private final Engine engine;

  StateStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.engine = new Engine(jdbc);
  }

  /** Every row of the scope, deleted ones included (a deleted entry may come back). */
  Map<String, EntryState> loadScope(UnitScope scope) {
    List<EntryState> rows =
        jdbc.query(
            "SELECT "
                + COLUMNS
                + " FROM entry_state WHERE school_id = ? AND class_id = ?"
                + " AND lesson_date >= ? AND lesson_date <= ?",
            StateStore::row,
            scope.schoolId(),
            scope.classId(),
            scope.from(),
            scope.to());
    return byKey(rows);
  }

  /** Rows for these keys wherever they are; a pulled entry may have moved into the scope. */
  Map<String, EntryState> load(int schoolId, Collection<String> keys) {
    List<String> all = List.copyOf(keys);
    Map<String, EntryState> found = new LinkedHashMap<>();
    RowCallbackHandler collect =
        rs -> {
          EntryState state = row(rs, 0);
          found.put(state.entryKey(), state);
        };
    // Chunks keep H2's IN list far below the drivers' bind-parameter limits. Each engine gets the
    // form its planner seeks the primary key with: H2 a row-value IN ("school_id = ? AND
    // entry_key IN (...)" walks the school's whole key range once per chunk), PostgreSQL one array
    // parameter (with fresh statistics, see PlannerStatistics), so a unit's keys in one query.
    int size = engine.postgres() ? ARRAY_CHUNK : IN_CHUNK;
    for (int i = 0; i < all.size(); i += size) {
      List<String> chunk = all.subList(i, Math.min(all.size(), i + size));
      if (engine.postgres()) {
        jdbc.query(
            "SELECT " + COLUMNS + " FROM entry_state WHERE school_id = ? AND entry_key = ANY (?)",
            ps -> {
              ps.setInt(1, schoolId);
              ps.setArray(2, ps.getConnection().createArrayOf("varchar", chunk.toArray()));
            },
            collect);
      } else {
        named.query(
            "SELECT " + COLUMNS + " FROM entry_state WHERE (school_id, entry_key) IN (:pairs)",
            new MapSqlParameterSource(
                "pairs", chunk.stream().map(key -> new Object[] {schoolId, key}).toList()),
            collect);
      }
    }
    return found;
  }

  /** Lesson dates per class before {@code before} with a live entry one complete pull missed. */
  Map<Integer, Set<LocalDate>> missingDates(int schoolId, LocalDate before) {
    Map<Integer, Set<LocalDate>> dates = new LinkedHashMap<>();
    jdbc.query(
        "SELECT DISTINCT class_id, lesson_date FROM entry_state WHERE school_id = ?"
            + " AND lesson_date < ? AND deleted = FALSE AND missing_count > 0",
        rs -> {
          dates
              .computeIfAbsent(rs.getInt(1), c -> new TreeSet<>())
              .add(rs.getObject(2, LocalDate.class));
        },
        schoolId,
        before);
    return dates;
  }

  /** The classes the school's entries belong to. */
  List<Integer> classes(int schoolId) {
    return jdbc.queryForList(
        "SELECT DISTINCT class_id FROM entry_state WHERE school_id = ?", Integer.class, schoolId);
  }

  /**
   * Every row of one class, deleted ones included: a class (some 20 000 entries a year) at a time
   * from the scope index. Paging along the key instead ({@code entry_key > ? ORDER BY entry_key
   * LIMIT n}) took H2 twenty times longer.
   */
  List<EntryState> ofClass(int schoolId, int classId) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM entry_state WHERE school_id = ? AND class_id = ?",
        StateStore::row,
        schoolId,
        classId);
  }

  /** New entries, live and seen: PostgreSQL copies them in, H2 inserts them as one JDBC batch. */
  void insert(int schoolId, List<EntryState> states) {
    if (states.isEmpty()) {
      return;
    }
    if (engine.postgres()) {
      CopyRows.into(
          jdbc, "entry_state", WRITE_COLUMNS, states.stream().map(s -> write(schoolId, s)));
      return;
    }
    jdbc.batchUpdate(
        "INSERT INTO entry_state (" + WRITE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        states.stream().map(s -> write(schoolId, s)).toList(),
        WRITE_TYPES);
  }

  /** Replaces the whole state: the entry is live again and seen, so missing_count restarts. */
  void update(int schoolId, List<EntryState> states) {
    jdbc.batchUpdate(
        "UPDATE entry_state SET kind = ?, class_id = ?, lesson_date = ?, subject = ?,"
            + " student_id = ?, value_text = ?, ais_entered_at = ?, first_seen_at = ?,"
            + " last_seq = ?, missing_count = 0, deleted = FALSE"
            + " WHERE school_id = ? AND entry_key = ?",
        states.stream().map(s -> write(schoolId, s)).toList(),
        WRITE_TYPES);
  }

  void resetMissing(int schoolId, List<String> keys) {
    setMissing(schoolId, keys, "0");
  }

  void countMissing(int schoolId, List<String> keys) {
    setMissing(schoolId, keys, "missing_count + 1");
  }

  /** The entries of these DELETED events, with the seq of each one's event, as one batch. */
  void markDeleted(int schoolId, Map<String, Long> seqByKey) {
    jdbc.batchUpdate(
        "UPDATE entry_state SET deleted = TRUE, last_seq = ? WHERE school_id = ? AND entry_key = ?",
        seqByKey.entrySet().stream()
            .map(e -> new Object[] {e.getValue(), schoolId, e.getKey()})
            .toList(),
        new int[] {Types.BIGINT, Types.INTEGER, Types.VARCHAR});
  }

  private void setMissing(int schoolId, List<String> keys, String expression) {
    jdbc.batchUpdate(
        "UPDATE entry_state SET missing_count = "
            + expression
            + " WHERE school_id = ? AND entry_key = ?",
        keys.stream().map(k -> new Object[] {schoolId, k}).toList(),
        new int[] {Types.INTEGER, Types.VARCHAR});
  }

  private static Object[] write(int schoolId, EntryState s) {
    return new Object[] {
      s.kind().name(),
      s.classId(),
      s.lessonDate(),
      s.subject(),
      s.studentId(),
      s.valueText(),
      s.aisEnteredAt(),
      s.firstSeenAt(),
      s.lastSeq(),
      schoolId,
      s.entryKey()
    };
  }

  private static Map<String, EntryState> byKey(List<EntryState> rows) {
    Map<String, EntryState> map = new LinkedHashMap<>();
    rows.forEach(r -> map.put(r.entryKey(), r));
    return map;
  }

  private static EntryState row(ResultSet rs, int n) throws SQLException {
    return new EntryState(
        rs.getString("entry_key"),
        EntryKind.valueOf(rs.getString("kind")),
        rs.getInt("class_id"),
        rs.getObject("lesson_date", LocalDate.class),
        rs.getString("subject"),
        rs.getObject("student_id", Integer.class),
        rs.getString("value_text"),
        rs.getObject("ais_entered_at", LocalDateTime.class),
        rs.getObject("first_seen_at", LocalDateTime.class),
        rs.getLong("last_seq"),
        rs.getInt("missing_count"),
        rs.getBoolean("deleted"));
  }
}
