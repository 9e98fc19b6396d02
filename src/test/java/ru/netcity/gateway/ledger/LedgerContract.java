package ru.netcity.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.netcity.gateway.ledger.Pulls.marks;
import static ru.netcity.gateway.ledger.Pulls.week;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.support.MovingClock;
import ru.netcity.gateway.support.Tamper;

/** The ledger's behaviour, run once per database engine by the subclasses. */
abstract class LedgerContract {
  private static final AtomicInteger SCHOOLS = new AtomicInteger(100);

  private final MovingClock clock = new MovingClock(Instant.parse("2024-09-08T20:00:00Z"));
  private Ledger ledger;
  private JdbcTemplate sql;
  private int school;

  /** The migrated database (or schema) this engine's tests share; each test uses its own school. */
  protected abstract DataSource dataSource();

  @BeforeEach
  void newSchool() {
    ledger = new Ledger(dataSource(), clock);
    sql = new JdbcTemplate(dataSource());
    school = SCHOOLS.incrementAndGet();
  }

  @Test
  void theFirstRunIsASilentBaselineAndLaterRunsReportAddedAndChanged() {
    UnitScope scope = week(school, 1);
    List<Observation> first = marks(scope, 3);
    UnitResult baseline = recordRun(scope, first);
    assertThat(baseline).isEqualTo(new UnitResult(scope.key(), "DONE", 0, 0, 3, 0, null));

    List<Observation> second =
        new ArrayList<>(Pulls.with(first, "MARK:1:2", o -> Pulls.value(o, "4")));
    second.add(Pulls.mark(scope, 4, "3"));
    // A pull without the AIS entry time (access report not read) is not a change.
    second = Pulls.with(second, "MARK:1:1", Pulls::noAisTime);
    assertThat(recordRun(scope, second))
        .isEqualTo(new UnitResult(scope.key(), "DONE", 1, 1, 0, 0, null));

    assertThat(changes()).containsExactly("BASELINE", "BASELINE", "BASELINE", "CHANGED", "ADDED");
    assertThat(ledger.liveCounts(school))
        .containsEntry(EntryKind.MARK, 4L)
        .containsEntry(EntryKind.TOPIC, 0L);
    assertThat(ledger.distinctClasses(school)).isEqualTo(1);
    assertThat(
            sql.queryForObject(
                "SELECT value_text FROM entry_state WHERE school_id = ? AND entry_key = 'MARK:1:2'",
                String.class,
                school))
        .isEqualTo("4");
  }

  @Test
  void recordingAUnitThatIsAlreadyDoneInTheRunWritesNothing() {
    UnitScope scope = week(school, 1);
    String run = ledger.startRun(school, 1);
    UnitResult first = ledger.recordUnit(run, scope, marks(scope, 5));

    UnitResult again = ledger.recordUnit(run, scope, marks(scope, 7));

    assertThat(again).isEqualTo(first);
    assertThat(ledger.verifyChain(school).events()).isEqualTo(5);
    assertThat(ledger.doneUnits(run)).containsExactly(scope.key());
  }

  @Test
  void aTruncatedPullMarksItsUnitIncompleteAndWritesNothing() {
    UnitScope scope = week(school, 1);
    recordRun(scope, marks(scope, 30));

    for (int night = 0; night < 2; night++) {
      String run = ledger.startRun(school, 1);
      UnitResult cut = ledger.recordUnit(run, scope, marks(scope, 14));
      assertThat(cut.status()).isEqualTo("INCOMPLETE");
      assertThat(cut.reason()).isEqualTo("truncated");
      assertThat(ledger.finishRun(run, List.of(scope.key())).complete()).isFalse();
    }

    assertThat(ledger.verifyChain(school).events()).isEqualTo(30);
    assertThat(ledger.deletionCandidates(school, scope))
        .isEmpty(); // incomplete pulls prove nothing
    assertThat(ledger.liveCounts(school)).containsEntry(EntryKind.MARK, 30L);
  }

  @Test
  void anEntryIsDeletedOnlyAfterTwoCompletePullsAndAConfirmingReFetch() {
    UnitScope scope = week(school, 1);
    List<Observation> all = marks(scope, 5);
    List<Observation> lacking = Pulls.without(all, "MARK:1:3");
    recordRun(scope, all);

    assertThat(recordRun(scope, lacking).missing()).isEqualTo(1);
    assertThat(ledger.deletionCandidates(school, scope)).isEmpty();
    String third = ledger.startRun(school, 1);
    ledger.recordUnit(third, scope, lacking);
    assertThat(ledger.deletionCandidates(school, scope)).containsExactly("MARK:1:3");

    int deleted = ledger.confirmDeletions(third, scope, List.of("MARK:1:3", "MARK:1:4"));

    assertThat(deleted).isEqualTo(1);
    assertThat(ledger.liveCounts(school)).containsEntry(EntryKind.MARK, 4L);
    assertThat(ledger.deletionCandidates(school, scope)).isEmpty();
    assertThat(changes()).endsWith("DELETED");
    ledger.finishRun(third, List.of(scope.key()));
    assertThat(recordRun(scope, all).added()).isEqualTo(1); // it came back
    assertThat(ledger.verifyChain(school).intact()).isTrue();
  }

  /** Clause 3.3.1: a pupil who left the class is no longer read; his entries stay, not deleted. */
  @Test
  void theEntriesOfAPupilNoLongerOnTheRosterAreNotMissingAndNeverDeleted() {
    UnitScope scope = week(school, 1);
    List<Observation> all = marks(scope, 5);
    List<Observation> withoutHim = Pulls.without(all, "MARK:1:3");
    Set<Integer> rosterWithoutHim = Set.of(10001, 10002, 10004, 10005);
    recordRun(scope, all);

    for (int night = 0; night < 3; night++) {
      clock.advance(Duration.ofDays(1));
      String run = ledger.startRun(school, 1);
      assertThat(ledger.recordUnit(run, scope, withoutHim, rosterWithoutHim).missing()).isZero();
      ledger.finishRun(run, List.of(scope.key()));
    }

    assertThat(ledger.deletionCandidates(school, scope)).isEmpty();
    assertThat(ledger.liveCounts(school)).containsEntry(EntryKind.MARK, 5L);
    String run = ledger.startRun(school, 1);
    assertThat(ledger.recordUnit(run, scope, withoutHim, Set.of(10003)).missing()).isEqualTo(1);
  }

  @Test
  void theChainVerifiesAndAnEditedEventBreaksItAtThatSeq() {
    UnitScope scope = week(school, 1);
    recordRun(scope, marks(scope, 4));
    recordRun(scope, Pulls.with(marks(scope, 4), "MARK:1:1", o -> Pulls.value(o, "2")));
    assertThat(ledger.verifyChain(school)).isEqualTo(new ChainCheck(true, 5, OptionalLong.empty()));
    assertThat(
            sql.queryForObject(
                "SELECT prev_hash FROM ledger_event WHERE school_id = ? AND seq = 1",
                String.class,
                school))
        .isEqualTo("0".repeat(64));

    Tamper.allowEdits(dataSource())
        .update("UPDATE ledger_event SET value_text = '1' WHERE school_id = ? AND seq = 3", school);

    assertThat(ledger.verifyChain(school)).isEqualTo(new ChainCheck(false, 5, OptionalLong.of(3)));
  }

  @Test
  void aCrashInsideAUnitLeavesNoTraceAndTheResumedRunWritesEachEventOnce() {
    UnitScope scope = week(school, 1);
    String run = ledger.startRun(school, 1);
    // Dies after the events and the state are written, just before the unit is marked DONE.
    Ledger dying =
        new Ledger(CrashingDataSource.crashingAt(dataSource(), "UPDATE work_unit"), clock);

    assertThatThrownBy(() -> dying.recordUnit(run, scope, marks(scope, 6)))
        .hasMessageContaining("simulated crash");
    assertThat(ledger.verifyChain(school).events()).isZero();
    assertThat(ledger.liveCounts(school)).containsEntry(EntryKind.MARK, 0L);

    assertThat(ledger.lastUnfinishedRun(school)).contains(run);
    assertThat(ledger.doneUnits(run)).isEmpty();
    assertThat(ledger.recordUnit(run, scope, marks(scope, 6)).baseline()).isEqualTo(6);
    assertThat(ledger.recordUnit(run, scope, marks(scope, 6)).baseline()).isEqualTo(6);
    assertThat(ledger.verifyChain(school)).isEqualTo(new ChainCheck(true, 6, OptionalLong.empty()));
  }

  @Test
  void concurrentUnitsOfOneSchoolBuildAGapFreeIntactChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int night = 0; night < 2; night++) {
        String run = ledger.startRun(school, 4);
        String value = night == 0 ? "5" : "4";
        List<Future<UnitResult>> units = new ArrayList<>();
        for (int classId = 1; classId <= 4; classId++) {
          UnitScope scope = week(school, classId);
          List<Observation> pull =
              marks(scope, 25).stream().map(o -> Pulls.value(o, value)).toList();
          units.add(pool.submit(() -> ledger.recordUnit(run, scope, pull)));
        }
        for (Future<UnitResult> unit : units) {
          assertThat(unit.get(60, TimeUnit.SECONDS).eventCount()).isEqualTo(25);
        }
        assertThat(ledger.finishRun(run, keys(1, 2, 3, 4)).complete()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(
            sql.queryForList(
                "SELECT seq FROM ledger_event WHERE school_id = ? ORDER BY seq",
                Long.class,
                school))
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 200).boxed().toList());
    assertThat(ledger.verifyChain(school))
        .isEqualTo(new ChainCheck(true, 200, OptionalLong.empty()));
    assertThat(ledger.distinctClasses(school)).isEqualTo(4);
  }

  @Test
  void aRunIsCompleteOnlyWhenEveryPlannedUnitIsDone() {
    String partial = ledger.startRun(school, 2);
    ledger.recordUnit(partial, week(school, 1), marks(week(school, 1), 3));
    ledger.markIncomplete(partial, week(school, 2), "HTTP 503");
    RunSummary first = ledger.finishRun(partial, keys(1, 2));
    assertThat(first.complete()).isFalse();
    assertThat(first.unitsDone()).isEqualTo(1);

    clock.advance(Duration.ofDays(1));
    String full = ledger.startRun(school, 2);
    ledger.markIncomplete(full, week(school, 2), "HTTP 503");
    ledger.recordUnit(full, week(school, 1), marks(week(school, 1), 3));
    ledger.recordUnit(full, week(school, 2), marks(week(school, 2), 3)); // the retry succeeds
    RunSummary second = ledger.finishRun(full, keys(1, 2));

    assertThat(second)
        .isEqualTo(
            new RunSummary(full, school, second.startedAt(), second.finishedAt(), true, 2, 2));
    List<String> newestFirst = ledger.runs(1000).stream().map(RunSummary::runId).toList();
    assertThat(newestFirst).containsSubsequence(full, partial);
  }

  @Test
  void aRunResumedOnALaterDayCountsCompleteOverThatDaysPlan() {
    // Day 1 plans this week's windows and records them, then the process dies.
    String run = ledger.startRun(school, 2);
    ledger.recordUnit(run, week(school, 1), marks(week(school, 1), 2));
    ledger.recordUnit(run, week(school, 2), marks(week(school, 2), 2));
    // Day 2 resumes it with windows a day later: one is recorded, the other fails.
    clock.advance(Duration.ofDays(1));
    UnitScope later1 = shifted(week(school, 1));
    UnitScope later2 = shifted(week(school, 2));
    assertThat(ledger.lastUnfinishedRun(school)).contains(run);
    ledger.recordUnit(run, later1, marks(later1, 2));
    ledger.markIncomplete(run, later2, "HTTP 503");

    RunSummary resumed = ledger.finishRun(run, List.of(later1.key(), later2.key()));

    assertThat(resumed.complete()).isFalse(); // 3 units DONE, but only 1 of today's 2
    assertThat(resumed.unitsDone()).isEqualTo(1);
    assertThat(resumed.unitsTotal()).isEqualTo(2);
    assertThat(ledger.runs(1000)).filteredOn(r -> r.runId().equals(run)).containsExactly(resumed);
  }

  @Test
  void awkwardTextIsStoredAndHashedExactlyAsPulled() {
    UnitScope scope = week(school, 1);
    List<String> values =
        List.of(
            "",
            "\"5\", \"4\"",
            "line one\r\nline two\n\\.\n",
            "back\\slash\tand tab",
            "\\.",
            "NULL",
            "Отсутствовал 😷 — по болезни");
    List<Observation> pull = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Observation mark = Pulls.mark(scope, i + 1, values.get(i));
      pull.add(
          i % 2 == 0
              ? mark
              : new Observation(
                  mark.kind(),
                  mark.key(),
                  mark.classId(),
                  mark.lessonDate(),
                  null,
                  null,
                  mark.value(),
                  null));
    }

    recordRun(scope, pull);

    assertThat(
            sql.queryForList(
                "SELECT value_text FROM entry_state WHERE school_id = ? ORDER BY entry_key",
                String.class,
                school))
        .containsExactlyElementsOf(values);
    assertThat(
            sql.queryForList(
                "SELECT value_text FROM ledger_event WHERE school_id = ? ORDER BY seq",
                String.class,
                school))
        .containsExactlyElementsOf(values);
    assertThat(
            sql.queryForList(
                "SELECT COUNT(*) FROM ledger_event WHERE school_id = ? AND subject IS NULL"
                    + " AND student_id IS NULL AND ais_entered_at IS NULL",
                Long.class,
                school))
        .containsExactly(3L);
    assertThat(ledger.verifyChain(school))
        .isEqualTo(new ChainCheck(true, values.size(), OptionalLong.empty()));
    // the same pull again is no change: what was stored reads back as it was pulled
    assertThat(recordRun(scope, pull).eventCount()).isZero();
  }

  @Test
  void aLongReasonIsCutToFitItsColumn() {
    String run = ledger.startRun(school, 1);
    String reason = "IllegalStateException: " + "ответ АИС ".repeat(500);

    ledger.markIncomplete(run, week(school, 1), reason);

    String stored =
        sql.queryForObject("SELECT reason FROM work_unit WHERE run_id = ?", String.class, run);
    assertThat(stored).hasSize(1000).startsWith("IllegalStateException: ответ АИС").endsWith("…");
    assertThat(reason).startsWith(stored.substring(0, 999));
  }

  @Test
  void aSchoolKeepsTheOriginOfItsFirstSync() {
    ledger.requireOrigin(school, "https://sgo.example.ru");
    ledger.requireOrigin(school, "https://sgo.example.ru");

    assertThatThrownBy(() -> ledger.requireOrigin(school, "embedded mock"))
        .isInstanceOf(OriginMismatchException.class)
        .hasMessageContaining("school " + school + " was first synced from https://sgo.example.ru")
        .hasMessageContaining("this sync reads it from embedded mock: refused");
    assertThat(ledger.origins()).containsEntry(school, "https://sgo.example.ru");
  }

  @Test
  void aSchoolSyncedBeforeOriginsWereRecordedTakesTheOriginOfItsNextSync() {
    sql.update(
        "INSERT INTO school_origin (school_id, origin, recorded_at) VALUES (?, ?, ?)",
        school,
        SchoolOrigins.UNKNOWN,
        java.time.LocalDateTime.of(2024, 9, 1, 0, 0));

    ledger.requireOrigin(school, "https://sgo.example.ru");

    assertThat(ledger.origins()).containsEntry(school, "https://sgo.example.ru");
    assertThatThrownBy(() -> ledger.requireOrigin(school, "embedded mock"))
        .isInstanceOf(OriginMismatchException.class);
  }

  @Test
  void theLastUnfinishedRunIsFoundForResuming() {
    String finished = ledger.startRun(school, 1);
    ledger.finishRun(finished, keys(1));
    clock.advance(Duration.ofHours(1));
    String crashed = ledger.startRun(school, 2);
    ledger.recordUnit(crashed, week(school, 1), marks(week(school, 1), 2));

    assertThat(ledger.lastUnfinishedRun(school)).contains(crashed);
    assertThat(ledger.doneUnits(crashed)).containsExactly(week(school, 1).key());
    ledger.finishRun(crashed, keys(1, 2));
    assertThat(ledger.lastUnfinishedRun(school)).isEmpty();
  }

  @Test
  void anObservationOutsideTheScopeIsRefused() {
    String run = ledger.startRun(school, 1);
    List<Observation> otherClass = marks(week(school, 2), 1);

    assertThatThrownBy(() -> ledger.recordUnit(run, week(school, 1), otherClass))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ledger.liveCounts(school)).containsEntry(EntryKind.MARK, 0L);
  }

  /** One run with one unit, finished; returns the unit's result. */
  private UnitResult recordRun(UnitScope scope, List<Observation> pull) {
    clock.advance(Duration.ofDays(1));
    String run = ledger.startRun(school, 1);
    UnitResult result = ledger.recordUnit(run, scope, pull);
    ledger.finishRun(run, List.of(scope.key()));
    return result;
  }

  private static UnitScope shifted(UnitScope scope) {
    return new UnitScope(
        scope.schoolId(), scope.classId(), scope.from().plusDays(1), scope.to().plusDays(1));
  }

  /** The keys of the week units of these classes. */
  private List<String> keys(int... classIds) {
    return java.util.Arrays.stream(classIds).mapToObj(c -> week(school, c).key()).toList();
  }

  private List<String> changes() {
    return sql.queryForList(
        "SELECT change FROM ledger_event WHERE school_id = ? ORDER BY seq", String.class, school);
  }
}
