package ru.netcity.gateway.ledger;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** SQL for the hash chain: the head row per school and appends to ledger_event. */
final class ChainStore {

  /**
   * The chain's end as the locked head row says.
   *
   * @param firstRunId the run that wrote the school's first events; null before any
   */
  record Head(int schoolId, long seq, String hash, String firstRunId) {
    /** Whether the run records the school's silent baseline: no other run has written events. */
    boolean baselineOf(String runId) {
      return firstRunId == null || firstRunId.equals(runId);
    }
  }

  private static final String EVENT_COLUMNS =
      "school_id, seq, run_id, unit_key, kind, entry_key, class_id, lesson_date, subject,"
          + " student_id, value_text, ais_entered_at, first_seen_at, change, prev_hash, hash";

  private static final int[] EVENT_TYPES = {
    Types.INTEGER, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
    Types.INTEGER, Types.DATE, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.TIMESTAMP,
    Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR
  };

  private final JdbcTemplate jdbc;

  /** PostgreSQL copies a unit's events in, H2 inserts them as one JDBC batch. */
  private final Engine engine;

  ChainStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.engine = new Engine(jdbc);
  }

  /**
   * Creates the school's head row if it is missing. Runs outside the unit's transaction (auto
   * commit): on PostgreSQL a failed insert would poison that transaction, and two first writers
   * racing here is harmless, the loser just finds the row.
   */
  void ensureHead(int schoolId) {
    if (exists(schoolId)) {
      return;
    }
    try {
      jdbc.update(
          "INSERT INTO ledger_head (school_id, seq, hash) VALUES (?, 0, ?)",
          schoolId,
          EventHash.GENESIS);
    } catch (DataIntegrityViolationException raced) {
      if (!exists(schoolId)) {
        throw raced;
      }
    }
  }

  /** Locks the head until the transaction ends: appends of one school happen one at a time. */
  Head lock(int schoolId) {
    return jdbc.queryForObject(
        "SELECT seq, hash, first_run_id FROM ledger_head WHERE school_id = ? FOR UPDATE",
        (rs, n) ->
            new Head(
                schoolId, rs.getLong("seq"), rs.getString("hash"), rs.getString("first_run_id")),
        schoolId);
  }

  /**
   * Links the drafts after the head, inserts them and moves the head; returns them chained. On
   * PostgreSQL each event is hashed as it is copied in, so the server stores the unit's first
   * events while the later ones are still being hashed.
   */
  List<LedgerEvent> append(Head head, List<LedgerEvent> drafts) {
    if (drafts.isEmpty()) {
      return List.of();
    }
    List<LedgerEvent> chained = new ArrayList<>(drafts.size());
    Stream<Object[]> rows = drafts.stream().map(draft -> row(link(head, chained, draft)));
    if (engine.postgres()) {
      CopyRows.into(jdbc, "ledger_event", EVENT_COLUMNS, rows);
    } else {
      jdbc.batchUpdate(
          "INSERT INTO ledger_event ("
              + EVENT_COLUMNS
              + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          rows.toList(),
          EVENT_TYPES);
    }
    LedgerEvent last = chained.get(chained.size() - 1);
    jdbc.update(
        "UPDATE ledger_head SET seq = ?, hash = ?, first_run_id = COALESCE(first_run_id, ?)"
            + " WHERE school_id = ?",
        last.seq(),
        last.hash(),
        drafts.get(0).runId(),
        head.schoolId());
    return chained;
  }

  /** Chains {@code draft} after the last of {@code chained} (or the head) and adds it there. */
  private static LedgerEvent link(Head head, List<LedgerEvent> chained, LedgerEvent draft) {
    LedgerEvent last = chained.isEmpty() ? null : chained.get(chained.size() - 1);
    LedgerEvent event =
        last == null
            ? draft.chained(head.seq() + 1, head.hash())
            : draft.chained(last.seq() + 1, last.hash());
    chained.add(event);
    return event;
  }

  private boolean exists(int schoolId) {
    return !jdbc.queryForList(
            "SELECT seq FROM ledger_head WHERE school_id = ?", Long.class, schoolId)
        .isEmpty();
  }

  private static Object[] row(LedgerEvent e) {
    return new Object[] {
      e.schoolId(),
      e.seq(),
      e.runId(),
      e.unitKey(),
      e.kind().name(),
      e.entryKey(),
      e.classId(),
      e.lessonDate(),
      e.subject(),
      e.studentId(),
      e.valueText(),
      e.aisEnteredAt(),
      e.firstSeenAt(),
      e.change().name(),
      e.prevHash(),
      e.hash()
    };
  }
}
