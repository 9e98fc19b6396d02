package ru.netcity.gateway.ledger;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.domain.UnitScope;

/**
 * The writing half of the ledger. Every method runs inside the caller's transaction and starts by
 * locking the school's chain head, so the check-diff-append-mark sequence of one school never
 * interleaves and a crash leaves a unit either wholly written or not at all.
 */
final class UnitWriter {

  /**
   * Below this many live entries a short pull is plausible (a quiet week), so never "truncated".
   */
  static final int TRUNCATION_MIN_LIVE = 20;

  private final RunStore runs;
  private final StateStore states;
  private final ChainStore chain;
  private final Supplier<LocalDateTime> now;
  private final ChangeListener listener;

  UnitWriter(
      RunStore runs,
      StateStore states,
      ChainStore chain,
      Supplier<LocalDateTime> now,
      ChangeListener listener) {
    this.runs = runs;
    this.states = states;
    this.chain = chain;
    this.now = now;
    this.listener = listener;
  }

  UnitResult record(
      String runId, UnitScope scope, Map<String, Observation> pulled, Set<Integer> roster) {
    ChainStore.Head head = chain.lock(scope.schoolId());
    runs.requireRunning(runId, scope.schoolId());
    var done = runs.doneUnit(runId, scope.key());
    if (done.isPresent()) {
      return done.get(); // re-run after a crash or a redelivery: already in the ledger
    }
    LocalDateTime at = now.get();
    Map<String, EntryState> inScope = states.loadScope(scope);
    long live = inScope.values().stream().filter(s -> !s.deleted()).count();
    if (live >= TRUNCATION_MIN_LIVE && pulled.size() * 2L < live) {
      // Far fewer entries than last time is a cut-off answer far more often than a purge.
      return saved(runId, scope, UnitResult.incomplete(scope.key(), "truncated"), at);
    }
    Set<String> outside = new HashSet<>(pulled.keySet());
    outside.removeAll(inScope.keySet());
    boolean baseline = head.baselineOf(runId);
    UnitDiff diff =
        UnitDiff.compute(
            inScope, states.load(scope.schoolId(), outside), pulled.values(), baseline, at, roster);

    List<UnitDiff.Step> changed = diff.steps.stream().filter(s -> s.change() != null).toList();
    List<LedgerEvent> drafts = new ArrayList<>();
    for (UnitDiff.Step step : changed) {
      drafts.add(
          LedgerEvent.draft(runId, scope.key(), scope.schoolId(), step.next(), step.change(), at));
    }
    List<LedgerEvent> events = chain.append(head, drafts);
    List<EntryState> inserts = new ArrayList<>();
    List<EntryState> updates = new ArrayList<>();
    List<RecordedChange> told = new ArrayList<>();
    for (int i = 0; i < changed.size(); i++) {
      UnitDiff.Step step = changed.get(i);
      EntryState next = step.next().withLastSeq(events.get(i).seq());
      (step.prior() == null ? inserts : updates).add(next);
      told.add(RecordedChange.of(events.get(i), step.prior()));
    }
    states.insert(scope.schoolId(), inserts);
    states.update(scope.schoolId(), updates);
    states.resetMissing(
        scope.schoolId(),
        diff.steps.stream()
            .filter(s -> s.change() == null && s.prior().missingCount() > 0)
            .map(s -> s.prior().entryKey())
            .toList());
    states.countMissing(scope.schoolId(), diff.missing.stream().map(EntryState::entryKey).toList());
    tell(runId, scope, at, told);
    return saved(runId, scope, diff.result(scope.key()), at);
  }

  void markIncomplete(String runId, UnitScope scope, String reason) {
    chain.lock(scope.schoolId());
    runs.requireRunning(runId, scope.schoolId());
    if (runs.doneUnit(runId, scope.key()).isEmpty()) { // never undo a unit already in the ledger
      runs.saveUnit(runId, scope, UnitResult.incomplete(scope.key(), reason), now.get());
    }
  }

  /** Live keys of the scope missing from at least two complete pulls. */
  List<String> candidates(UnitScope scope) {
    return states.loadScope(scope).values().stream()
        .filter(s -> !s.deleted() && s.missingCount() >= 2)
        .map(EntryState::entryKey)
        .sorted()
        .toList();
  }

  int confirmDeletions(String runId, UnitScope scope, Collection<String> stillMissing) {
    ChainStore.Head head = chain.lock(scope.schoolId());
    runs.requireRunning(runId, scope.schoolId());
    LocalDateTime at = now.get();
    Map<String, EntryState> inScope = states.loadScope(scope);
    // Only candidates: a key the re-fetch still misses but that is not yet twice missing waits.
    Map<String, EntryState> gone = new LinkedHashMap<>();
    for (String key : new HashSet<>(stillMissing)) {
      EntryState s = inScope.get(key);
      if (s != null && !s.deleted() && s.missingCount() >= 2) {
        gone.put(key, s);
      }
    }
    List<LedgerEvent> drafts = new ArrayList<>();
    gone.values().stream()
        .sorted((a, b) -> a.entryKey().compareTo(b.entryKey()))
        .forEach(
            s ->
                drafts.add(
                    LedgerEvent.draft(
                        runId, scope.key(), scope.schoolId(), s, ChangeType.DELETED, at)));
    List<RecordedChange> told = new ArrayList<>();
    Map<String, Long> deleted = new LinkedHashMap<>();
    for (LedgerEvent event : chain.append(head, drafts)) {
      deleted.put(event.entryKey(), event.seq());
      told.add(RecordedChange.of(event, gone.get(event.entryKey())));
    }
    states.markDeleted(scope.schoolId(), deleted);
    tell(runId, scope, at, told);
    return drafts.size();
  }

  /** The listener writes in this transaction: its failure rolls the unit back. */
  private void tell(String runId, UnitScope scope, LocalDateTime at, List<RecordedChange> told) {
    if (!told.isEmpty()) {
      listener.recorded(new RecordedUnit(runId, scope.schoolId(), scope.key(), at, told));
    }
  }

  private UnitResult saved(String runId, UnitScope scope, UnitResult result, LocalDateTime at) {
    runs.saveUnit(runId, scope, result, at);
    return result;
  }
}
