package ru.netcity.gateway.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks a school's ledger, not only its links: recomputes the hash chain, compares its end with
 * ledger_head and with every anchor of the school in the anchor file, and holds every entry_state
 * row against a replay of the events. Reads events along their primary key in ranges and states
 * class by class. The audit's check ({@link #verifyNew}) does this whole check at least every
 * {@code wholeCheckEvery} and in between checks only what is new since the last verification.
 */
public final class LedgerVerifier {
  private static final Logger LOG = LoggerFactory.getLogger(LedgerVerifier.class);

  private final DataSource dataSource;
  private final Anchors anchors;
  private final Clock clock;
  private final VerificationStore store;
  private final Duration wholeCheckEvery;

  /** A verifier whose audit check is a whole one at least every seven days. */
  public LedgerVerifier(DataSource dataSource, Anchors anchors, Clock clock) {
    this(dataSource, anchors, clock, Duration.ofDays(7));
  }

  public LedgerVerifier(
      DataSource dataSource, Anchors anchors, Clock clock, Duration wholeCheckEvery) {
    this.dataSource = dataSource;
    this.anchors = anchors;
    this.clock = clock;
    this.store = new VerificationStore(dataSource);
    this.wholeCheckEvery = wholeCheckEvery;
  }

  /** Schools with a chain (a ledger_head row). */
  public List<Integer> schools() {
    return new JdbcTemplate(dataSource)
        .queryForList("SELECT school_id FROM ledger_head ORDER BY school_id", Integer.class);
  }

  /** Verifies in a consistent read of its own, then records the result (see {@link #record}). */
  public Verification check(int schoolId) {
    Verification v = new ConsistentRead(dataSource).run(snapshot -> verify(snapshot, schoolId));
    record(v);
    return v;
  }

  /**
   * Verifies the ledger as {@code snapshot} shows it (the caller's {@link ConsistentRead}); only
   * reads.
   */
  public Verification verify(DataSource snapshot, int schoolId) {
    LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    JdbcTemplate jdbc = new JdbcTemplate(snapshot);
    Map<Long, Anchors.Anchor> anchored = new HashMap<>();
    Anchors.Anchor highest = null;
    for (Anchors.Anchor a : anchors.of(schoolId)) {
      Anchors.Anchor same = anchored.putIfAbsent(a.seq(), a);
      if (same != null && !same.hash().equals(a.hash())) {
        anchored.put(a.seq(), a); // two anchors disagree: the event cannot match both
      }
      highest = highest == null || a.seq() > highest.seq() ? a : highest;
    }
    StateReplay replay = new StateReplay();
    First first = new First();
    ChainVerifier.Walked walk =
        new ChainVerifier(jdbc)
            .walk(
                schoolId,
                e -> {
                  replay.event(e);
                  Anchors.Anchor a = anchored.get(e.seq());
                  if (a != null && !a.hash().equals(e.hash())) {
                    first.note(e.seq(), Verification.Problem.ANCHOR_MISMATCH, anchorText(a));
                  }
                });
    if (walk.broken() != 0) {
      first.note(walk.broken(), walk.problem(), null);
    }
    if (highest != null && walk.lastSeq() < highest.seq()) {
      first.note(walk.lastSeq() + 1, Verification.Problem.BEHIND_ANCHOR, anchorText(highest));
    }
    if (first.seq == 0) {
      checkStates(jdbc, schoolId, replay, first);
    }
    return new Verification(
        schoolId,
        walk.events(),
        walk.lastSeq(),
        walk.lastHash(),
        first.seq,
        first.problem,
        first.detail,
        at);
  }

  /**
   * The audit's check, as {@code snapshot} shows the ledger; only reads. When the newest
   * verification was intact and an intact whole one is younger than {@code wholeCheckEvery}, checks
   * only what is new since ({@link NewEventsCheck}: the checkpoint and every anchor still hold, the
   * new events link and their entries' states match); otherwise, or on any doubt, the whole {@link
   * #verify}.
   */
  public Verification verifyNew(DataSource snapshot, int schoolId) {
    LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    JdbcTemplate jdbc = new JdbcTemplate(snapshot);
    Optional<VerificationStore.Checkpoint> from =
        VerificationStore.checkpoint(jdbc, schoolId)
            .filter(c -> c.seq() > 0 && c.wholeAt().isAfter(at.minus(wholeCheckEvery)));
    Optional<ChainVerifier.Walked> walk =
        from.flatMap(c -> new NewEventsCheck(jdbc).check(schoolId, c, anchors.of(schoolId)));
    if (walk.isEmpty()) {
      return verify(snapshot, schoolId);
    }
    ChainVerifier.Walked w = walk.get();
    return new Verification(
        schoolId, w.events(), w.lastSeq(), w.lastHash(), 0, null, null, at, from.get().seq() + 1);
  }

  /**
   * Keeps the verification for the health endpoint, logs it, and anchors the head of an intact
   * ledger (a broken one is never anchored: its head is what an attacker left).
   */
  public void record(Verification v) {
    store.save(v);
    if (v.intact()) {
      LOG.info(v.describe());
      anchors.append(v.schoolId(), v.headSeq(), v.headHash());
    } else {
      LOG.error(v.describe());
    }
  }

  /** The newest verification per school, for the health endpoint. */
  public List<VerificationStore.Last> last() {
    return store.last();
  }

  private static void checkStates(
      JdbcTemplate jdbc, int schoolId, StateReplay replay, First first) {
    StateStore states = new StateStore(jdbc);
    for (int classId : states.classes(schoolId)) {
      for (EntryState row : states.ofClass(schoolId, classId)) {
        long seq = replay.check(row);
        if (seq > 0) {
          first.note(seq, Verification.Problem.STATE_DIFFERS, row.entryKey());
        } else if (seq < 0) {
          first.note(-seq, Verification.Problem.STATE_WITHOUT_EVENTS, row.entryKey());
        }
      }
    }
    long[] missing = {0};
    replay.unmatched(seq -> missing[0] = missing[0] == 0 ? seq : Math.min(missing[0], seq));
    if (missing[0] != 0) {
      String key =
          jdbc.queryForObject(
              "SELECT entry_key FROM ledger_event WHERE school_id = ? AND seq = ?",
              String.class,
              schoolId,
              missing[0]);
      first.note(missing[0], Verification.Problem.STATE_MISSING, key);
    }
  }

  private static String anchorText(Anchors.Anchor a) {
    return "якорь seq %d от %sZ".formatted(a.seq(), EventHash.time(a.at()));
  }

  /** The problem at the lowest seq (the first one noted wins a tie). */
  private static final class First {
    long seq;
    Verification.Problem problem;
    String detail;

    void note(long at, Verification.Problem what, String about) {
      if (seq == 0 || at < seq) {
        seq = at;
        problem = what;
        detail = about;
      }
    }
  }
}
