package ru.netcity.gateway.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.domain.UnitScope;

/**
 * The ledger: sync runs, one transaction per work unit, the hash-chained event log and the current
 * state per entry (design.md §2, §5). Plain JDBC on H2 or PostgreSQL, same schema (Flyway V1).
 *
 * <p>Thread-safe: units of one school may be recorded concurrently; they queue on the school's
 * chain head row, so the chain stays gap-free.
 */
public final class Ledger {

  private final Clock clock;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final RunStore runs;
  private final StateStore states;
  private final ChainStore chain;
  private final UnitWriter writer;
  private final SchoolOrigins origins;
  private final ConsistentRead snapshot;
  private final Anchors anchors;
  private final PlannerStatistics statistics;

  /** A ledger that anchors nothing (tests of the ledger alone). */
  public Ledger(DataSource dataSource, Clock clock) {
    this(dataSource, clock, Anchors.NONE);
  }

  /** A ledger that appends the school's chain head to {@code anchors} after every run. */
  public Ledger(DataSource dataSource, Clock clock, Anchors anchors) {
    this(dataSource, clock, anchors, ChangeListener.NONE);
  }

  /**
   * As {@link #Ledger(DataSource, Clock, Anchors)}, telling {@code listener} of every unit's
   * changes inside the unit's transaction (the parents' notification outbox).
   */
  public Ledger(DataSource dataSource, Clock clock, Anchors anchors, ChangeListener listener) {
    this.clock = clock;
    this.anchors = anchors;
    this.snapshot = new ConsistentRead(dataSource);
    this.jdbc = new JdbcTemplate(dataSource);
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.runs = new RunStore(jdbc);
    this.states = new StateStore(jdbc);
    this.chain = new ChainStore(jdbc);
    this.writer = new UnitWriter(runs, states, chain, this::now, listener);
    this.origins = new SchoolOrigins(jdbc);
    this.statistics = new PlannerStatistics(jdbc);
  }

  /** Opens a run of {@code unitsTotal} planned units; returns its id. */
  public String startRun(int schoolId, int unitsTotal) {
    String id = UUID.randomUUID().toString();
    chain.ensureHead(schoolId);
    runs.insertRun(id, schoolId, now(), unitsTotal);
    return id;
  }

  /**
   * Records one complete pull of {@code scope} in one transaction: diff, events, current state and
   * the unit's DONE mark, or INCOMPLETE ("truncated") without events when the pull is far smaller
   * than the stored state. Recording a unit already DONE in this run returns the stored result.
   *
   * @throws IllegalArgumentException an observation outside the scope, or one key pulled twice with
   *     different states: a mapping bug that must not reach the ledger
   */
  public UnitResult recordUnit(String runId, UnitScope scope, List<Observation> observations) {
    return recordUnit(runId, scope, observations, null);
  }

  /**
   * As {@link #recordUnit(String, UnitScope, List)}, with the roster the pull read: a pupil's
   * entries go missing only while he is on it. A pupil who left the class or moved to another
   * (clause 3.3.1) is no longer read, and what the ledger holds of his time there stays, not
   * deleted (null: every entry of the scope is expected).
   */
  public UnitResult recordUnit(
      String runId, UnitScope scope, List<Observation> observations, Set<Integer> roster) {
    Map<String, Observation> pulled = byKey(scope, observations);
    chain.ensureHead(scope.schoolId());
    UnitResult result = tx.execute(status -> writer.record(runId, scope, pulled, roster));
    statistics.written(result.added() + result.changed() + result.baseline());
    return result;
  }

  /** Live keys of the scope missing from two complete pulls; re-fetch them, then confirm. */
  public List<String> deletionCandidates(int schoolId, UnitScope scope) {
    requireSchool(schoolId, scope);
    return writer.candidates(scope);
  }

  /** Writes DELETED for the candidates the confirming re-fetch still misses; returns how many. */
  public int confirmDeletions(String runId, UnitScope scope, Collection<String> stillMissingKeys) {
    chain.ensureHead(scope.schoolId());
    return tx.execute(status -> writer.confirmDeletions(runId, scope, stillMissingKeys));
  }

  /** A unit whose pull failed: no events, and the run will not count as complete. */
  public void markIncomplete(String runId, UnitScope scope, String reason) {
    chain.ensureHead(scope.schoolId());
    tx.executeWithoutResult(status -> writer.markIncomplete(runId, scope, reason));
  }

  /**
   * Closes the run and anchors the school's chain head outside the database. The run is complete
   * when every unit of {@code plan} (the keys of the units planned for it today) is DONE. A run
   * resumed on a later day is judged by that day's plan, not by the units its first day planned and
   * finished.
   */
  public RunSummary finishRun(String runId, Collection<String> plan) {
    Set<String> keys = Set.copyOf(plan);
    RunSummary summary = tx.execute(status -> runs.finish(runId, keys, now()));
    jdbc.query(
        "SELECT seq, hash FROM ledger_head WHERE school_id = ?",
        rs -> {
          anchors.append(summary.schoolId(), rs.getLong(1), rs.getString(2));
        },
        summary.schoolId());
    return summary;
  }

  /** Units of the run already in the ledger: a resumed run skips them. */
  public Set<String> doneUnits(String runId) {
    return runs.doneUnits(runId);
  }

  /** The newest run of the school that never finished (the process died), to resume it. */
  public Optional<String> lastUnfinishedRun(int schoolId) {
    return runs.lastUnfinished(schoolId);
  }

  /**
   * Records {@code origin} as the school's AIS on its first sync, and refuses a sync of a school
   * the ledger already holds from another origin: data of two sources never mix in one chain. A
   * school synced before origins were recorded takes the origin of its next sync.
   *
   * @throws OriginMismatchException the school was first synced from another origin
   */
  public void requireOrigin(int schoolId, String origin) {
    origins.require(schoolId, origin, now());
  }

  /**
   * Each synced school's recorded AIS origin; "unknown (synced before V10)" for a school not synced
   * since origins are recorded.
   */
  public Map<Integer, String> origins() {
    return origins.all();
  }

  /** When the school's newest complete run started (UTC), if it has one. */
  public Optional<LocalDateTime> lastCompleteRunStart(int schoolId) {
    return runs.lastCompleteStart(schoolId);
  }

  /**
   * Per class, the lesson dates before {@code before} with a live entry that one complete pull
   * missed: a deletion waits for a second pull of that date (and a confirming re-fetch).
   */
  public Map<Integer, Set<LocalDate>> datesAwaitingDeletion(int schoolId, LocalDate before) {
    return states.missingDates(schoolId, before);
  }

  /** The newest run that ended complete, if any. */
  public Optional<RunSummary> lastCompleteRun() {
    return runs.newestComplete();
  }

  /** Live (not deleted) entries of the school per kind; kinds without entries count 0. */
  public Map<EntryKind, Long> liveCounts(int schoolId) {
    Map<EntryKind, Long> counts = new EnumMap<>(EntryKind.class);
    for (EntryKind kind : EntryKind.values()) {
      counts.put(kind, 0L);
    }
    jdbc.query(
        "SELECT kind, COUNT(*) AS n FROM entry_state WHERE school_id = ? AND deleted = FALSE"
            + " GROUP BY kind",
        rs -> {
          counts.put(EntryKind.valueOf(rs.getString("kind")), rs.getLong("n"));
        },
        schoolId);
    return counts;
  }

  /** Classes with at least one live entry. */
  public long distinctClasses(int schoolId) {
    Long n =
        jdbc.queryForObject(
            "SELECT COUNT(DISTINCT class_id) FROM entry_state WHERE school_id = ?"
                + " AND deleted = FALSE",
            Long.class,
            schoolId);
    return n == null ? 0 : n;
  }

  /** The newest runs of all schools, newest first. */
  public List<RunSummary> runs(int limit) {
    return runs.newest(limit);
  }

  /** Recomputes every hash of the school's chain in seq order, in one consistent read. */
  public ChainCheck verifyChain(int schoolId) {
    return snapshot.run(db -> new ChainVerifier(new JdbcTemplate(db)).verify(schoolId));
  }

  /** UTC, cut to the microseconds both databases keep, so stored times hash as they were. */
  private LocalDateTime now() {
    return EventHash.storable(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
  }

  private static Map<String, Observation> byKey(UnitScope scope, List<Observation> observations) {
    Map<String, Observation> pulled = new LinkedHashMap<>();
    for (Observation o : observations) {
      if (o.key() == null
          || o.classId() != scope.classId()
          || o.lessonDate() == null
          || !scope.covers(o.lessonDate())) {
        throw new IllegalArgumentException("observation " + o.key() + " is outside " + scope.key());
      }
      Observation earlier = pulled.put(o.key(), o);
      if (earlier != null && !earlier.equals(o)) {
        throw new IllegalArgumentException(
            "key " + o.key() + " pulled twice with different states");
      }
    }
    return pulled;
  }

  private static void requireSchool(int schoolId, UnitScope scope) {
    if (scope.schoolId() != schoolId) {
      throw new IllegalArgumentException("scope " + scope.key() + " is not of school " + schoolId);
    }
  }
}
