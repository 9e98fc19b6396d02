package ru.netcity.gateway.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.domain.EntryKind;

/**
 * The audit's own read queries on the ledger's tables; rows are streamed, never collected, so a
 * school year fits in a small heap.
 */
final class LedgerReader {
  /** The current state needs no first_seen_at; the history's events do. */
  private static final String COLUMNS =
      "kind, entry_key, class_id, lesson_date, subject, student_id, value_text, ais_entered_at";

  /**
   * A change event of the ledger's history.
   *
   * @param lastSeenAt for a deletion, the latest time (UTC) the gateway recorded the entry's state
   *     before it: the deletion happened after that
   */
  record Change(JournalEntry entry, String change, LocalDateTime lastSeenAt) {}

  /** A data-quality issue of the newest run, with the class it came from. */
  record Issue(int classId, String table, String code, String what) {}

  private static final int FETCH = 2000;

  private final JdbcTemplate jdbc;

  private Map<Integer, LocalDate[]> spans;

  LedgerReader(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** The school of the newest sync run. */
  Optional<Integer> lastSchool() {
    return jdbc
        .query(
            "SELECT school_id FROM sync_run ORDER BY started_at DESC, id LIMIT 1",
            (rs, i) -> rs.getInt(1))
        .stream()
        .findFirst();
  }

  /** The classes the school's sync units covered. */
  List<Integer> classes(int schoolId) {
    return jdbc.queryForList(
        "SELECT DISTINCT class_id FROM work_unit WHERE school_id = ? ORDER BY class_id",
        Integer.class,
        schoolId);
  }

  /**
   * The live entries of one class (some 20 000 in a year), in the scope index's order, read a month
   * of lesson dates per query. One query for the whole class would make H2 keep its result in a
   * temporary file: H2 holds at most MAX_MEMORY_ROWS rows of a result in memory (40 000 scaled by
   * the heap: under 20 000 with 512 MB), and writing and reading that file cost more than the
   * audit's rules. A month stays far below it on any heap.
   */
  List<JournalEntry> entries(int schoolId, int classId) {
    List<JournalEntry> entries = new ArrayList<>();
    // the months the class's sync units covered; entries outside them (none expected) are read
    // before and after, so that nothing is missed and the index's order is kept
    LocalDate[] span = unitSpans(schoolId).getOrDefault(classId, new LocalDate[2]);
    LocalDate first = span[0];
    LocalDate last = span[1];
    String live =
        "SELECT "
            + COLUMNS
            + " FROM entry_state WHERE school_id = ? AND class_id = ? AND deleted = FALSE";
    Rows add = rs -> entries.add(entry(rs, null));
    if (first == null) {
      stream(live + " AND lesson_date IS NOT NULL", List.of(schoolId, classId), add);
    } else {
      LocalDate from = first.withDayOfMonth(1);
      stream(live + " AND lesson_date < ?", List.of(schoolId, classId, from), add);
      for (; !from.isAfter(last); from = from.plusMonths(1)) {
        stream(
            live + " AND lesson_date >= ? AND lesson_date < ?",
            List.of(schoolId, classId, from, from.plusMonths(1)),
            add);
      }
      stream(live + " AND lesson_date >= ?", List.of(schoolId, classId, from), add);
    }
    // undated entries sort last in the index (DEFAULT_NULL_ORDERING=HIGH, PostgreSQL's default)
    stream(live + " AND lesson_date IS NULL", List.of(schoolId, classId), add);
    return entries;
  }

  /**
   * The live entries of one of a class's buckets ({@link EntryBuckets}): a month of lesson dates
   * ("2025-09") or the undated entries, in the scope index's order.
   */
  List<JournalEntry> bucket(int schoolId, int classId, String bucket) {
    List<JournalEntry> entries = new ArrayList<>();
    String live =
        "SELECT "
            + COLUMNS
            + " FROM entry_state WHERE school_id = ? AND class_id = ? AND deleted = FALSE";
    Rows add = rs -> entries.add(entry(rs, null));
    if (bucket.equals(EntryBuckets.UNDATED)) {
      stream(live + " AND lesson_date IS NULL", List.of(schoolId, classId), add);
    } else {
      LocalDate from = YearMonth.parse(bucket).atDay(1);
      stream(
          live + " AND lesson_date >= ? AND lesson_date < ?",
          List.of(schoolId, classId, from, from.plusMonths(1)),
          add);
    }
    return entries;
  }

  /** Per class, the first and last lesson date its sync units covered; read once per reader. */
  private Map<Integer, LocalDate[]> unitSpans(int schoolId) {
    if (spans == null) {
      Map<Integer, LocalDate[]> read = new HashMap<>();
      jdbc.query(
          "SELECT class_id, MIN(window_from), MAX(window_to) FROM work_unit WHERE school_id = ?"
              + " GROUP BY class_id",
          rs -> {
            read.put(
                rs.getInt(1),
                new LocalDate[] {
                  rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)
                });
          },
          schoolId);
      spans = read;
    }
    return spans;
  }

  /**
   * The live entries of the given kinds in the whole school, streamed: the reports read the
   * lessons, homework, teachers, terms and term marks (not the marks), some 300 000 rows a year.
   */
  void entries(int schoolId, Set<EntryKind> kinds, Consumer<JournalEntry> action) {
    String in = String.join(", ", kinds.stream().map(k -> "'" + k.name() + "'").sorted().toList());
    stream(
        "SELECT "
            + COLUMNS
            + " FROM entry_state WHERE school_id = ? AND deleted = FALSE AND kind IN ("
            + in
            + ")",
        List.of(schoolId),
        rs -> action.accept(entry(rs, null)));
  }

  /**
   * CHANGED and DELETED events of the history; a deletion comes with the latest time the gateway
   * recorded the entry before it. One query per change type: H2 seeks an index only on equalities,
   * not on an IN list.
   */
  void changes(int schoolId, Consumer<Change> action) {
    stream(
        "SELECT "
            + COLUMNS
            + ", first_seen_at FROM ledger_event WHERE school_id = ? AND change = 'CHANGED'",
        List.of(schoolId),
        rs ->
            action.accept(
                new Change(entry(rs, rs.getObject(9, LocalDateTime.class)), "CHANGED", null)));
    stream(
        "SELECT "
            + COLUMNS
            + ", first_seen_at, (SELECT MAX(p.first_seen_at) FROM ledger_event p"
            + " WHERE p.school_id = e.school_id AND p.entry_key = e.entry_key AND p.seq < e.seq"
            + " AND p.change <> 'DELETED') FROM ledger_event e WHERE e.school_id = ?"
            + " AND e.change = 'DELETED'",
        List.of(schoolId),
        rs ->
            action.accept(
                new Change(
                    entry(rs, rs.getObject(9, LocalDateTime.class)),
                    "DELETED",
                    rs.getObject(10, LocalDateTime.class))));
  }

  Map<Integer, String> classNames(int schoolId) {
    Map<Integer, String> names = new HashMap<>();
    jdbc.query(
        "SELECT DISTINCT class_id, class_name FROM roster WHERE school_id = ?",
        rs -> {
          names.put(rs.getInt(1), rs.getString(2));
        },
        schoolId);
    return names;
  }

  /** Student ids of every class, from the roster the newest sync saved. */
  Map<Integer, List<Integer>> roster(int schoolId) {
    Map<Integer, List<Integer>> roster = new HashMap<>();
    jdbc.query(
        "SELECT class_id, student_id FROM roster WHERE school_id = ? ORDER BY class_id, student_id",
        rs -> {
          roster.computeIfAbsent(rs.getInt(1), c -> new ArrayList<>()).add(rs.getInt(2));
        },
        schoolId);
    return roster;
  }

  Completeness completeness(int schoolId) {
    List<Completeness.Unit> units = new ArrayList<>();
    jdbc.query(
        "SELECT w.run_id, w.class_id, w.window_from, w.window_to, w.status FROM work_unit w"
            + " JOIN sync_run r ON r.id = w.run_id WHERE w.school_id = ?"
            + " ORDER BY r.started_at, r.id, w.finished_at",
        rs -> {
          units.add(
              new Completeness.Unit(
                  rs.getString(1),
                  rs.getInt(2),
                  rs.getObject(3, LocalDate.class),
                  rs.getObject(4, LocalDate.class),
                  rs.getString(5)));
        },
        schoolId);
    List<Map<String, Object>> newest =
        jdbc.queryForList(
            "SELECT id, units_total, started_at, finished_at FROM sync_run WHERE school_id = ?"
                + " ORDER BY started_at DESC, id LIMIT 1",
            schoolId);
    if (newest.isEmpty()) {
      return Completeness.of(units, null, 0, null, Set.of());
    }
    Map<String, Object> run = newest.get(0);
    String runId = (String) run.get("id");
    Object finished = run.get("finished_at");
    LocalDateTime asOf = time(finished != null ? finished : run.get("started_at"));
    Set<Integer> incomplete = new HashSet<>();
    units.stream()
        .filter(u -> u.runId().equals(runId) && !"DONE".equals(u.status()))
        .forEach(u -> incomplete.add(u.classId()));
    int total = ((Number) run.get("units_total")).intValue();
    return Completeness.of(units, runId, total, asOf, incomplete);
  }

  /** The data-quality issues the newest run recorded. */
  List<Issue> issues(String runId) {
    return jdbc.query(
        "SELECT unit_key, code_table, code, what FROM data_quality_issue WHERE run_id = ?"
            + " ORDER BY unit_key, code_table, code",
        (rs, i) ->
            new Issue(
                Integer.parseInt(rs.getString(1).split(":")[1]),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4)),
        runId);
  }

  /** A row handler that may throw what JDBC throws. */
  private interface Rows {
    void accept(ResultSet rs) throws SQLException;
  }

  /**
   * Streams a query's rows. The PostgreSQL driver holds a whole result in memory unless autocommit
   * is off and a fetch size is set, so outside a transaction both are set for the query and
   * restored before the connection goes back to the pool; inside one (the audit's consistent read)
   * the transaction is left alone. H2 keeps large results in a temporary file by itself (its lazy
   * mode is not used: with a file database it loses chunks the background writer moves).
   */
  private void stream(String sql, List<?> args, Rows rows) {
    jdbc.execute(
        (ConnectionCallback<Void>)
            connection -> {
              boolean own =
                  !connection.getMetaData().getDatabaseProductName().equals("H2")
                      && connection.getAutoCommit();
              if (own) {
                connection.setAutoCommit(false);
              }
              try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setFetchSize(FETCH);
                for (int i = 0; i < args.size(); i++) {
                  query.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = query.executeQuery()) {
                  while (rs.next()) {
                    rows.accept(rs);
                  }
                }
              } finally {
                if (own) {
                  connection.commit();
                  connection.setAutoCommit(true);
                }
              }
              return null;
            });
  }

  private static JournalEntry entry(ResultSet rs, LocalDateTime firstSeenAt) throws SQLException {
    Object student = rs.getObject(6);
    return new JournalEntry(
        EntryKind.valueOf(rs.getString(1)),
        rs.getString(2),
        rs.getInt(3),
        rs.getObject(4, LocalDate.class),
        rs.getString(5),
        student == null ? null : ((Number) student).intValue(),
        rs.getString(7),
        rs.getObject(8, LocalDateTime.class),
        firstSeenAt);
  }

  private static LocalDateTime time(Object value) {
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime();
    }
    if (value instanceof LocalDateTime t) {
      return t;
    }
    return null;
  }
}
