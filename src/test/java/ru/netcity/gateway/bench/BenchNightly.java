package ru.netcity.gateway.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.ledger.Ledger;

/**
 * A nightly sync for the audit bench, through the real {@link Ledger}: every class's last two weeks
 * of lessons pulled again as the ledger holds them, with one mark in {@code every} changed (entered
 * again that night), so that the audit after it sees what a night's changes touch.
 */
final class BenchNightly {
  private static final int WINDOW_DAYS = 14;

  private final DataSource db;
  private final JdbcTemplate sql;
  private final Clock clock;

  BenchNightly(DataSource db, Clock clock) {
    this.db = db;
    this.sql = new JdbcTemplate(db);
    this.clock = clock;
  }

  /** Records the night; returns the events it wrote. */
  long run(int night, int every) {
    int school = sql.queryForObject("SELECT MIN(school_id) FROM ledger_head", Integer.class);
    LocalDate last =
        sql.queryForObject(
            "SELECT MAX(window_to) FROM work_unit WHERE school_id = ?", LocalDate.class, school);
    LocalDate from = last.minusDays(WINDOW_DAYS - 1);
    List<Integer> classes =
        sql.queryForList(
            "SELECT DISTINCT class_id FROM work_unit WHERE school_id = ? ORDER BY class_id",
            Integer.class,
            school);
    long before = head(school);
    Ledger ledger = new Ledger(db, clock);
    String runId = ledger.startRun(school, classes.size());
    List<String> keys = new ArrayList<>();
    LocalDateTime enteredAt = LocalDateTime.now(clock).plusMinutes(night);
    for (int classId : classes) {
      UnitScope scope = new UnitScope(school, classId, from, last);
      List<Observation> pulled = new ArrayList<>();
      int[] marks = {0};
      sql.query(
          "SELECT kind, entry_key, class_id, lesson_date, subject, student_id, value_text,"
              + " ais_entered_at FROM entry_state WHERE school_id = ? AND class_id = ?"
              + " AND deleted = FALSE AND lesson_date >= ? AND lesson_date <= ?",
          rs -> {
            EntryKind kind = EntryKind.valueOf(rs.getString(1));
            boolean changed = kind == EntryKind.MARK && marks[0]++ % every == night % every;
            Object student = rs.getObject(6);
            pulled.add(
                new Observation(
                    kind,
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5),
                    student == null ? null : ((Number) student).intValue(),
                    changed ? other(rs.getString(7)) : rs.getString(7),
                    changed ? enteredAt : rs.getObject(8, LocalDateTime.class)));
          },
          school,
          classId,
          from,
          last);
      ledger.recordUnit(runId, scope, pulled);
      keys.add(scope.key());
    }
    ledger.finishRun(runId, keys);
    return head(school) - before;
  }

  private long head(int school) {
    return sql.queryForObject(
        "SELECT seq FROM ledger_head WHERE school_id = ?", Long.class, school);
  }

  /** Another mark: 5 becomes 4, anything else 5. */
  private static String other(String mark) {
    return "5".equals(mark) ? "4" : "5";
  }
}
