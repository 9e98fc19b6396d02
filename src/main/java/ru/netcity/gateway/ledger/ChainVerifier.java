package ru.netcity.gateway.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import ru.netcity.gateway.domain.EntryKind;

/**
 * Recomputes a school's chain from the stored rows, in seq order, read along the primary key in
 * ranges: neither engine holds or sorts a year's events at once.
 */
final class ChainVerifier {

  /** Events a query. */
  private static final int EVENTS_AT_ONCE = 20_000;

  private final JdbcTemplate jdbc;

  ChainVerifier(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * What the walk found.
   *
   * @param lastSeq the seq of the last event read (0 before any), {@code lastHash} its hash
   * @param broken the first broken seq, 0 when the chain and its head agree
   * @param problem what is wrong at {@code broken}
   */
  record Walked(
      long events, long lastSeq, String lastHash, long broken, Verification.Problem problem) {
    ChainCheck check() {
      return new ChainCheck(
          broken == 0, events, broken == 0 ? OptionalLong.empty() : OptionalLong.of(broken));
    }
  }

  ChainCheck verify(int schoolId) {
    return walk(schoolId, e -> {}).check();
  }

  /** Walks the chain and hands every readable event to {@code each}, in seq order. */
  Walked walk(int schoolId, Consumer<LedgerEvent> each) {
    return walk(schoolId, 0, EventHash.GENESIS, each);
  }

  /**
   * Walks the chain after {@code afterSeq}, whose hash is taken to be {@code afterHash}, and hands
   * every readable event after it to {@code each}, in seq order; {@code events} counts those.
   */
  Walked walk(int schoolId, long afterSeq, String afterHash, Consumer<LedgerEvent> each) {
    Long last =
        jdbc.queryForObject(
            "SELECT MAX(seq) FROM ledger_event WHERE school_id = ?", Long.class, schoolId);
    return walk(schoolId, afterSeq, afterHash, last == null ? 0 : last, each);
  }

  /**
   * The walk from {@code afterSeq} to {@code last}: a caller that knows where the chain ends (and
   * checks that no event lies beyond) spares the MAX query, which H2 answers by reading every event
   * of the school.
   */
  Walked walk(
      int schoolId, long afterSeq, String afterHash, long last, Consumer<LedgerEvent> each) {
    Walk walk = new Walk(each);
    walk.expected = afterSeq + 1;
    walk.prev = afterHash;
    // "ORDER BY school_id, seq": H2 reads the primary key in its order only when the ORDER BY
    // names the key's columns; "ORDER BY seq" made it sort every range in a temporary result.
    for (long from = afterSeq; from < last; from += EVENTS_AT_ONCE) {
      jdbc.query(
          "SELECT school_id, seq, run_id, unit_key, kind, entry_key, class_id, lesson_date,"
              + " subject, student_id, value_text, ais_entered_at, first_seen_at, change,"
              + " prev_hash, hash FROM ledger_event WHERE school_id = ? AND seq > ? AND seq <= ?"
              + " ORDER BY school_id, seq",
          walk,
          schoolId,
          from,
          from + EVENTS_AT_ONCE);
    }
    // The head catches what the rows alone cannot: events cut off the end of the chain.
    List<ChainStore.Head> head =
        jdbc.query(
            "SELECT seq, hash, first_run_id FROM ledger_head WHERE school_id = ?",
            (rs, n) ->
                new ChainStore.Head(
                    schoolId,
                    rs.getLong("seq"),
                    rs.getString("hash"),
                    rs.getString("first_run_id")),
            schoolId);
    long headSeq = head.isEmpty() ? 0 : head.get(0).seq();
    String headHash = head.isEmpty() ? EventHash.GENESIS : head.get(0).hash();
    if (walk.broken == 0 && headSeq != walk.expected - 1) {
      walk.broken = Math.min(headSeq, walk.expected - 1) + 1;
      walk.problem = Verification.Problem.HEAD_MISMATCH;
    } else if (walk.broken == 0 && !headHash.equals(walk.prev)) {
      walk.broken = Math.max(1, headSeq);
      walk.problem = Verification.Problem.HEAD_MISMATCH;
    }
    return new Walked(walk.events, walk.expected - 1, walk.prev, walk.broken, walk.problem);
  }

  /** The walk along the chain; remembers only the first break. */
  private static final class Walk implements RowCallbackHandler {
    final Consumer<LedgerEvent> each;
    long expected = 1;
    String prev = EventHash.GENESIS;
    long events;
    long broken;
    Verification.Problem problem;

    Walk(Consumer<LedgerEvent> each) {
      this.each = each;
    }

    @Override
    public void processRow(ResultSet rs) throws SQLException {
      long seq = rs.getLong("seq");
      events++;
      LedgerEvent e = readable(rs);
      if (broken == 0) {
        if (seq != expected) {
          broken = expected; // a row is missing (or a seq was rewritten)
          problem = Verification.Problem.MISSING_SEQ;
        } else if (e == null || !prev.equals(e.prevHash()) || !EventHash.of(e).equals(e.hash())) {
          broken = seq;
          problem = Verification.Problem.HASH_MISMATCH;
        }
      }
      if (e != null) {
        each.accept(e);
      }
      expected = seq + 1;
      prev = rs.getString("hash");
    }

    private static LedgerEvent readable(ResultSet rs) throws SQLException {
      try {
        return event(rs);
      } catch (IllegalArgumentException unreadable) {
        return null; // an edited kind or change that is no longer a constant
      }
    }
  }

  private static LedgerEvent event(ResultSet rs) throws SQLException {
    return new LedgerEvent(
        rs.getInt("school_id"),
        rs.getLong("seq"),
        rs.getString("run_id"),
        rs.getString("unit_key"),
        EntryKind.valueOf(rs.getString("kind")),
        rs.getString("entry_key"),
        rs.getInt("class_id"),
        rs.getObject("lesson_date", LocalDate.class),
        rs.getString("subject"),
        rs.getObject("student_id", Integer.class),
        rs.getString("value_text"),
        rs.getObject("ais_entered_at", LocalDateTime.class),
        rs.getObject("first_seen_at", LocalDateTime.class),
        ChangeType.valueOf(rs.getString("change")),
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }
}
