package ru.netcity.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.netcity.gateway.ledger.Pulls.marks;
import static ru.netcity.gateway.ledger.Pulls.week;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.support.MovingClock;
import ru.netcity.gateway.support.Tamper;
import ru.netcity.gateway.support.TestDatabase;

/**
 * The ledger is checked, not only chained: {@link LedgerVerifier} on a history with changes, a
 * deletion and a return, then the same history tampered with as someone with the database's rights
 * would (triggers dropped first). Run once per engine by the subclasses.
 */
abstract class VerificationContract {
  private static final AtomicInteger SCHOOLS = new AtomicInteger(500);

  private final MovingClock clock = new MovingClock(Instant.parse("2024-09-08T20:00:00Z"));
  @TempDir Path anchorDir;
  private Anchors anchors;
  private Ledger ledger;
  private LedgerVerifier verifier;
  private JdbcTemplate sql;
  private int school;

  private TestDatabase db;

  /** A fresh migrated database: a test that drops the triggers must not disarm the next one. */
  protected abstract TestDatabase database();

  private DataSource dataSource() {
    return db.dataSource();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @BeforeEach
  void newSchool() {
    db = database();
    anchors = new Anchors(anchorDir.resolve("anchors.log"), clock);
    ledger = new Ledger(dataSource(), clock, anchors);
    verifier = new LedgerVerifier(dataSource(), anchors, clock);
    sql = new JdbcTemplate(dataSource());
    school = SCHOOLS.incrementAndGet();
  }

  @Test
  void anIntactLedgerVerifiesAndItsHeadIsAnchoredAfterEveryRunAndVerification() throws Exception {
    long head = history();
    long runs = Files.readAllLines(anchorDir.resolve("anchors.log")).size();

    Verification v = verifier.check(school);

    assertThat(v.intact()).as(v.describe()).isTrue();
    assertThat(v.headSeq()).isEqualTo(head);
    assertThat(v.message()).startsWith("Журнал школы " + school + " цел: " + head + " событий");
    assertThat(runs).isEqualTo(5); // one line per finished run
    assertThat(anchors.of(school)).hasSize(6);
    assertThat(anchors.newest(school).orElseThrow().line())
        .matches("school=" + school + " seq=" + head + " sha256=[0-9a-f]{64} at=\\S+Z")
        .contains(headHash());
  }

  @Test
  void aTailCutFromTheEventsAndTheHeadTogetherIsFoundThanksToTheAnchor() {
    long head = history();
    verifier.check(school);
    JdbcTemplate attacker = Tamper.allowEdits(dataSource());
    attacker.update("DELETE FROM ledger_event WHERE school_id = ? AND seq > ?", school, head - 3);
    attacker.update(
        "UPDATE ledger_head SET seq = ?, hash = (SELECT hash FROM ledger_event"
            + " WHERE school_id = ? AND seq = ?) WHERE school_id = ?",
        head - 3,
        school,
        head - 3,
        school);

    // The database alone shows nothing: the shortened chain links and ends at its head.
    assertThat(ledger.verifyChain(school).intact()).isTrue();

    Verification v = verifier.check(school);
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBrokenSeq()).isEqualTo(head - 2);
    assertThat(v.problem()).isEqualTo(Verification.Problem.BEHIND_ANCHOR);
    assertThat(v.message())
        .contains("ПОВРЕЖДЁН", "seq " + (head - 2), "хвост удалён", "якорь seq " + head);
    assertThat(anchors.newest(school).orElseThrow().seq()).isEqualTo(head); // never re-anchored
    assertThat(new LedgerHealth(verifier).health().getStatus()).isEqualTo(Status.DOWN);
  }

  @Test
  void aRewrittenEventWithAValidHashIsFoundAtTheAnchoredSeq() {
    long head = history();
    verifier.check(school);
    // The last event replaced by one with another value, hashed and linked as the ledger would,
    // its entry's state and the head moved along: only the anchor remembers the old hash.
    JdbcTemplate attacker = Tamper.allowEdits(dataSource());
    LedgerEvent last =
        attacker.queryForObject(
            "SELECT * FROM ledger_event WHERE school_id = ? AND seq = ?",
            (rs, n) ->
                new LedgerEvent(
                    school,
                    0,
                    rs.getString("run_id"),
                    rs.getString("unit_key"),
                    ru.netcity.gateway.domain.EntryKind.valueOf(rs.getString("kind")),
                    rs.getString("entry_key"),
                    rs.getInt("class_id"),
                    rs.getObject("lesson_date", java.time.LocalDate.class),
                    rs.getString("subject"),
                    rs.getObject("student_id", Integer.class),
                    "1",
                    rs.getObject("ais_entered_at", java.time.LocalDateTime.class),
                    rs.getObject("first_seen_at", java.time.LocalDateTime.class),
                    ChangeType.valueOf(rs.getString("change")),
                    null,
                    null),
            school,
            head);
    String prev =
        attacker.queryForObject(
            "SELECT prev_hash FROM ledger_event WHERE school_id = ? AND seq = ?",
            String.class,
            school,
            head);
    attacker.update("DELETE FROM ledger_event WHERE school_id = ? AND seq = ?", school, head);
    new ChainStore(attacker)
        .append(new ChainStore.Head(school, head - 1, prev, null), List.of(last));
    attacker.update(
        "UPDATE entry_state SET value_text = '1' WHERE school_id = ? AND entry_key = ?",
        school,
        last.entryKey());
    assertThat(ledger.verifyChain(school).intact()).isTrue();

    Verification v = verifier.check(school);
    assertThat(v.firstBrokenSeq()).isEqualTo(head);
    assertThat(v.problem()).isEqualTo(Verification.Problem.ANCHOR_MISMATCH);
    assertThat(v.message()).contains("не совпадает с якорем");
  }

  @Test
  void aModifiedEventIsFoundAtItsSeq() {
    history();
    Tamper.allowEdits(dataSource())
        .update("UPDATE ledger_event SET value_text = '2' WHERE school_id = ? AND seq = 4", school);

    Verification v = verifier.check(school);

    assertThat(v.intact()).isFalse();
    assertThat(v.firstBrokenSeq()).isEqualTo(4);
    assertThat(v.problem()).isEqualTo(Verification.Problem.HASH_MISMATCH);
    assertThat(v.message()).contains("seq 4", "изменено");
  }

  @Test
  void anEntryStateThatDiffersFromTheReplayOfTheEventsIsFound() {
    history();
    long seq =
        sql.queryForObject(
            "SELECT last_seq FROM entry_state WHERE school_id = ? AND entry_key = 'MARK:1:6'",
            Long.class,
            school);
    sql.update(
        "UPDATE entry_state SET value_text = '2' WHERE school_id = ? AND entry_key = 'MARK:1:6'",
        school);

    Verification v = verifier.check(school);

    assertThat(v.intact()).isFalse();
    assertThat(v.problem()).isEqualTo(Verification.Problem.STATE_DIFFERS);
    assertThat(v.firstBrokenSeq()).isEqualTo(seq);
    assertThat(v.detail()).isEqualTo("MARK:1:6");
  }

  @Test
  void aDeletedOrInventedEntryStateIsFound() {
    history();
    sql.update("DELETE FROM entry_state WHERE school_id = ? AND entry_key = 'MARK:1:2'", school);
    Verification missing = verifier.check(school);
    assertThat(missing.problem()).isEqualTo(Verification.Problem.STATE_MISSING);
    assertThat(missing.detail()).isEqualTo("MARK:1:2");

    sql.update(
        "INSERT INTO entry_state (school_id, entry_key, kind, class_id, lesson_date, subject,"
            + " student_id, value_text, first_seen_at, last_seq) SELECT school_id, 'MARK:1:99',"
            + " kind, class_id, lesson_date, subject, student_id, value_text, first_seen_at,"
            + " last_seq FROM entry_state WHERE school_id = ? AND entry_key = 'MARK:1:1'",
        school);
    Verification invented = verifier.check(school);
    assertThat(invented.problem()).isEqualTo(Verification.Problem.STATE_WITHOUT_EVENTS);
  }

  @Test
  void updateAndDeleteOfLedgerEventAreRefused() {
    history();
    assertThatThrownBy(
            () ->
                sql.update(
                    "UPDATE ledger_event SET value_text = '2' WHERE school_id = ? AND seq = 1",
                    school))
        .hasStackTraceContaining("ledger_event is append-only: UPDATE refused");
    assertThatThrownBy(
            () -> sql.update("DELETE FROM ledger_event WHERE school_id = ? AND seq > 3", school))
        .hasStackTraceContaining("ledger_event is append-only: DELETE refused");
    assertThat(verifier.check(school).intact()).isTrue();
  }

  @Test
  void theHealthEndpointReportsTheLastVerification() {
    assertThat(new LedgerHealth(verifier).health().getStatus())
        .isIn(Status.UNKNOWN, Status.UP, Status.DOWN);
    long head = history();
    verifier.check(school);

    var health = new LedgerHealth(verifier).health();
    @SuppressWarnings("unchecked")
    var mine = (java.util.Map<String, Object>) health.getDetails().get("school " + school);
    assertThat(mine).containsEntry("result", "INTACT").containsEntry("verifiedSeq", head);
    assertThat(mine.get("atUtc").toString()).startsWith("2024-09-");
  }

  @Test
  void theAuditCheckAfterAnIntactVerificationChecksOnlyTheNewEvents() {
    long checked = history();
    verifier.check(school);
    long head = moreRuns();

    Verification v = verifier.verifyNew(dataSource(), school);

    assertThat(v.intact()).as(v.describe()).isTrue();
    assertThat(v.whole()).isFalse();
    assertThat(v.fromSeq()).isEqualTo(checked + 1);
    assertThat(v.events()).isEqualTo(head - checked);
    assertThat(v.headSeq()).isEqualTo(head);
    assertThat(v.headHash()).isEqualTo(headHash());
    assertThat(v.message()).contains("цел: проверены новые события с seq " + (checked + 1));
  }

  @Test
  void theAuditCheckWithoutAnIntactVerificationIsWhole() {
    long head = history();

    Verification v = verifier.verifyNew(dataSource(), school);

    assertThat(v.intact()).isTrue();
    assertThat(v.whole()).isTrue();
    assertThat(v.events()).isEqualTo(head);
  }

  @Test
  void anEventEditedAfterTheLastVerificationIsFoundAtItsSeqByTheAuditCheck() {
    long checked = history();
    verifier.check(school);
    moreRuns();
    Tamper.allowEdits(dataSource())
        .update(
            "UPDATE ledger_event SET value_text = '1' WHERE school_id = ? AND seq = ?",
            school,
            checked + 1);

    Verification v = verifier.verifyNew(dataSource(), school);

    assertThat(v.problem()).isEqualTo(Verification.Problem.HASH_MISMATCH);
    assertThat(v.firstBrokenSeq()).isEqualTo(checked + 1);
    assertThat(v.whole()).isTrue(); // the whole check named it
  }

  @Test
  void anEventEditedBeforeTheLastVerificationIsFoundByTheNextWholeCheck() {
    history();
    verifier.check(school);
    moreRuns();
    Tamper.allowEdits(dataSource())
        .update("UPDATE ledger_event SET value_text = '2' WHERE school_id = ? AND seq = 4", school);
    // between whole checks only the new events are recomputed: the edit waits for the next one
    Verification between = verifier.verifyNew(dataSource(), school);
    assertThat(between.intact()).isTrue();
    assertThat(between.whole()).isFalse();
    verifier.record(between);

    clock.advance(Duration.ofDays(7));
    Verification v = verifier.verifyNew(dataSource(), school);

    assertThat(v.whole()).isTrue();
    assertThat(v.problem()).isEqualTo(Verification.Problem.HASH_MISMATCH);
    assertThat(v.firstBrokenSeq()).isEqualTo(4);
  }

  @Test
  void theStateOfAnEntryANewEventTouchedIsHeldAgainstItByTheAuditCheck() {
    history();
    verifier.check(school);
    moreRuns();
    long seq =
        sql.queryForObject(
            "SELECT last_seq FROM entry_state WHERE school_id = ? AND entry_key = 'MARK:1:7'",
            Long.class,
            school);
    sql.update(
        "UPDATE entry_state SET value_text = '2' WHERE school_id = ? AND entry_key = 'MARK:1:7'",
        school);

    Verification v = verifier.verifyNew(dataSource(), school);

    assertThat(v.problem()).isEqualTo(Verification.Problem.STATE_DIFFERS);
    assertThat(v.firstBrokenSeq()).isEqualTo(seq);
  }

  @Test
  void aTailCutAfterTheLastVerificationIsFoundByTheAuditCheckThanksToTheAnchors() {
    history();
    verifier.check(school);
    long head = moreRuns();
    JdbcTemplate attacker = Tamper.allowEdits(dataSource());
    attacker.update("DELETE FROM ledger_event WHERE school_id = ? AND seq > ?", school, head - 1);
    attacker.update(
        "UPDATE ledger_head SET seq = ?, hash = (SELECT hash FROM ledger_event"
            + " WHERE school_id = ? AND seq = ?) WHERE school_id = ?",
        head - 1,
        school,
        head - 1,
        school);

    Verification v = verifier.verifyNew(dataSource(), school);

    assertThat(v.problem()).isEqualTo(Verification.Problem.BEHIND_ANCHOR);
    assertThat(v.firstBrokenSeq()).isEqualTo(head);
  }

  /** Two more finished runs after {@link #history}: two new marks, then one changed. */
  private long moreRuns() {
    UnitScope scope = week(school, 1);
    List<Observation> eight = marks(scope, 8);
    run(scope, eight, List.of());
    run(scope, Pulls.with(eight, "MARK:1:3", o -> Pulls.value(o, "4")), List.of());
    return sql.queryForObject(
        "SELECT seq FROM ledger_head WHERE school_id = ?", Long.class, school);
  }

  /**
   * Five finished runs: a baseline of six marks; a changed value and a change without the AIS entry
   * time; two pulls lacking one mark, confirmed deleted; and its return. Returns the head.
   */
  private long history() {
    UnitScope scope = week(school, 1);
    List<Observation> all = marks(scope, 6);
    run(scope, all, List.of());
    List<Observation> changed =
        Pulls.with(
            Pulls.with(all, "MARK:1:2", o -> Pulls.value(o, "2")),
            "MARK:1:5",
            o -> Pulls.noAisTime(Pulls.value(o, "3")));
    run(scope, Pulls.with(changed, "MARK:1:3", Pulls::noAisTime), List.of());
    List<Observation> lacking = Pulls.without(changed, "MARK:1:4");
    run(scope, lacking, List.of());
    run(scope, lacking, List.of("MARK:1:4"));
    run(scope, Pulls.with(all, "MARK:1:2", o -> Pulls.value(o, "2")), List.of());
    return sql.queryForObject(
        "SELECT seq FROM ledger_head WHERE school_id = ?", Long.class, school);
  }

  private void run(UnitScope scope, List<Observation> pull, List<String> confirmGone) {
    clock.advance(Duration.ofDays(1));
    String run = ledger.startRun(school, 1);
    ledger.recordUnit(run, scope, pull);
    if (!confirmGone.isEmpty()) {
      assertThat(ledger.confirmDeletions(run, scope, confirmGone)).isEqualTo(1);
    }
    ledger.finishRun(run, List.of(scope.key()));
  }

  private String headHash() {
    return sql.queryForObject(
        "SELECT hash FROM ledger_head WHERE school_id = ?", String.class, school);
  }
}
