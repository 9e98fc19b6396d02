package ru.netcity.gateway.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import ru.netcity.gateway.domain.EntryKind;

/** Recomputes a school's chain from the stored rows, in seq order. */
final class ChainVerifier {

  private final JdbcTemplate jdbc;

  /** {@code jdbc} should have a fetch size, so PostgreSQL streams years of events. */
  ChainVerifier(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  ChainCheck verify(int schoolId) {
    Walk walk = new Walk();
    jdbc.query(
        "SELECT school_id, seq, run_id, unit_key, kind, entry_key, class_id, lesson_date, subject,"
            + " student_id, value_text, ais_entered_at, first_seen_at, change, prev_hash, hash"
            + " FROM ledger_event WHERE school_id = ? ORDER BY seq",
        walk,
        schoolId);
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
    } else if (walk.broken == 0 && !headHash.equals(walk.prev)) {
      walk.broken = Math.max(1, headSeq);
    }
    return new ChainCheck(
        walk.broken == 0,
        walk.events,
        walk.broken == 0 ? OptionalLong.empty() : OptionalLong.of(walk.broken));
  }

  /** The walk along the chain; remembers only the first break. */
  private static final class Walk implements RowCallbackHandler {
    long expected = 1;
    String prev = EventHash.GENESIS;
    long events;
    long broken;

    @Override
    public void processRow(ResultSet rs) throws SQLException {
      long seq = rs.getLong("seq");
      events++;
      if (broken == 0) {
        if (seq != expected) {
          broken = expected; // a row is missing (or a seq was rewritten)
        } else if (!linksTo(rs, prev)) {
          broken = seq;
        }
      }
      expected = seq + 1;
      prev = rs.getString("hash");
    }

    private static boolean linksTo(ResultSet rs, String prev) throws SQLException {
      try {
        LedgerEvent e = event(rs);
        return prev.equals(e.prevHash()) && EventHash.of(e).equals(e.hash());
      } catch (IllegalArgumentException unreadable) {
        return false; // an edited kind or change that is no longer a constant
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
