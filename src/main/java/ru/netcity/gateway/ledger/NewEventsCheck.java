package ru.netcity.gateway.ledger;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The check of the events after a checkpoint (the newest intact verification, {@link
 * VerificationStore.Checkpoint}): the checkpoint's event still has its hash; every anchored seq of
 * the school still has the anchored hash and the chain reaches the highest anchor; the events after
 * the checkpoint link, match their hashes and end at ledger_head; and the entry_state rows of the
 * entries they touched hold what those events say. It answers only "intact" or "look closer": on
 * any doubt {@link LedgerVerifier#verifyNew} checks the whole chain, which names the first broken
 * seq.
 *
 * <p>What it does not see, by design: an event before the checkpoint edited in place (not
 * re-hashed, so no anchor notices), and an entry_state row of an entry no new event touched. The
 * whole check finds both, and the verifier runs one at least every
 * gateway.ledger.whole-check-every.
 */
final class NewEventsCheck {
  /** More new events than this: the whole check is about as quick, and holds less at once. */
  private static final long MOST_EVENTS = 200_000;

  private final JdbcTemplate jdbc;

  NewEventsCheck(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The walk of the events after {@code from}, or empty when anything is in doubt. */
  Optional<ChainVerifier.Walked> check(
      int schoolId, VerificationStore.Checkpoint from, List<Anchors.Anchor> anchored) {
    // Where ledger_head says the chain ends; the walk below holds the events against it, and no
    // event may lie beyond it (MAX(seq) would make H2 read every event of the school).
    List<Long> heads =
        jdbc.queryForList("SELECT seq FROM ledger_head WHERE school_id = ?", Long.class, schoolId);
    long head = heads.isEmpty() ? 0 : heads.get(0);
    if (head < from.seq()
        || head - from.seq() > MOST_EVENTS
        || !hashAt(schoolId, from.seq(), from.hash())
        || !jdbc.queryForList(
                "SELECT seq FROM ledger_event WHERE school_id = ? AND seq > ? LIMIT 1",
                Long.class,
                schoolId,
                head)
            .isEmpty()) {
      return Optional.empty();
    }
    Map<Long, String> anchors = new HashMap<>();
    for (Anchors.Anchor a : anchored) {
      String same = anchors.putIfAbsent(a.seq(), a.hash());
      if (a.seq() > head || (same != null && !same.equals(a.hash()))) {
        return Optional.empty();
      }
    }
    for (Map.Entry<Long, String> a : anchors.entrySet()) {
      if (!hashAt(schoolId, a.getKey(), a.getValue())) {
        return Optional.empty();
      }
    }
    Map<String, Touched> touched = new HashMap<>();
    ChainVerifier.Walked walk =
        new ChainVerifier(jdbc)
            .walk(
                schoolId,
                from.seq(),
                from.hash(),
                head,
                e -> touched.computeIfAbsent(e.entryKey(), k -> new Touched()).event(e));
    if (walk.broken() != 0 || !statesHold(schoolId, touched)) {
      return Optional.empty();
    }
    return Optional.of(walk);
  }

  private boolean hashAt(int schoolId, long seq, String hash) {
    List<String> stored =
        jdbc.queryForList(
            "SELECT hash FROM ledger_event WHERE school_id = ? AND seq = ?",
            String.class,
            schoolId,
            seq);
    return stored.size() == 1 && stored.get(0).equals(hash);
  }

  private boolean statesHold(int schoolId, Map<String, Touched> touched) {
    Map<String, EntryState> rows = new StateStore(jdbc).load(schoolId, touched.keySet());
    for (Map.Entry<String, Touched> t : touched.entrySet()) {
      EntryState row = rows.get(t.getKey());
      if (row == null || !t.getValue().holds(row)) {
        return false;
      }
    }
    return true;
  }

  /**
   * What the new events of one entry say its state is. The writer's rules, as in {@link
   * StateReplay}: an ADDED or BASELINE event first, or any event after a deletion, starts a life
   * and sets first_seen_at (otherwise it lies before the checkpoint and is not compared); a
   * deletion keeps the AIS entry time the state had.
   */
  private static final class Touched {
    private LedgerEvent last;
    private LocalDateTime ais;
    private boolean aisKnown;
    private LocalDateTime firstSeen;
    private boolean started;

    void event(LedgerEvent e) {
      boolean fresh =
          last == null
              ? e.change() == ChangeType.ADDED || e.change() == ChangeType.BASELINE
              : last.change() == ChangeType.DELETED;
      if (fresh) {
        firstSeen = e.firstSeenAt();
        started = true;
      }
      if (e.change() != ChangeType.DELETED) {
        ais = e.aisEnteredAt();
        aisKnown = true;
      }
      last = e;
    }

    boolean holds(EntryState row) {
      return row.lastSeq() == last.seq()
          && row.deleted() == (last.change() == ChangeType.DELETED)
          && row.kind() == last.kind()
          && row.classId() == last.classId()
          && Objects.equals(row.lessonDate(), last.lessonDate())
          && Objects.equals(row.subject(), last.subject())
          && Objects.equals(row.studentId(), last.studentId())
          && Objects.equals(row.valueText(), last.valueText())
          && (!aisKnown || sameTime(row.aisEnteredAt(), ais))
          && (!started || sameTime(row.firstSeenAt(), firstSeen));
    }

    private static boolean sameTime(LocalDateTime a, LocalDateTime b) {
      return Objects.equals(EventHash.storable(a), EventHash.storable(b));
    }
  }
}
