package ru.netcity.gateway.ledger;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import ru.netcity.gateway.domain.Observation;

/** The difference between one complete pull of a scope and the ledger's current state. */
final class UnitDiff {

  /**
   * One pulled entry: its new state, what it was, and the event it needs (null: unchanged).
   *
   * @param prior the stored state, possibly outside the scope (the lesson moved) or deleted
   */
  record Step(EntryState next, EntryState prior, ChangeType change) {}

  final List<Step> steps = new ArrayList<>();

  /** Live entries of the scope this pull did not show. */
  final List<EntryState> missing = new ArrayList<>();

  private UnitDiff() {}

  /**
   * @param inScope the stored state of the scope, deleted rows included
   * @param elsewhere stored rows for pulled keys that are not in the scope's state
   * @param baseline the school's first run: every event is BASELINE, so nothing is reported
   * @param roster the pupils the pull read (null: all); another pupil's entries are not missing
   */
  static UnitDiff compute(
      Map<String, EntryState> inScope,
      Map<String, EntryState> elsewhere,
      Collection<Observation> pulled,
      boolean baseline,
      LocalDateTime now,
      Set<Integer> roster) {
    UnitDiff diff = new UnitDiff();
    for (Observation o : pulled) {
      EntryState prior =
          inScope.containsKey(o.key()) ? inScope.get(o.key()) : elsewhere.get(o.key());
      ChangeType change = changeOf(prior, o);
      if (change != null && baseline) {
        change = ChangeType.BASELINE;
      }
      // Unchanged keeps the stored row, and so any AIS entry time an earlier pull learned.
      EntryState next = change == null ? prior : EntryState.seen(o, prior, now);
      diff.steps.add(new Step(next, prior, change));
    }
    Set<String> seen = pulled.stream().map(Observation::key).collect(Collectors.toSet());
    inScope.values().stream()
        .filter(s -> !s.deleted() && !seen.contains(s.entryKey()))
        .filter(s -> roster == null || s.studentId() == null || roster.contains(s.studentId()))
        .forEach(diff.missing::add);
    return diff;
  }

  /**
   * A missing AIS entry time is not a change (the access report may not have been read this time);
   * a different known one is: the AIS says the entry was written again.
   */
  private static ChangeType changeOf(EntryState prior, Observation o) {
    if (prior == null || prior.deleted()) {
      return ChangeType.ADDED;
    }
    boolean same =
        prior.kind() == o.kind()
            && prior.classId() == o.classId()
            && Objects.equals(prior.lessonDate(), o.lessonDate())
            && Objects.equals(prior.subject(), o.subject())
            && Objects.equals(prior.studentId(), o.studentId())
            && Objects.equals(prior.valueText(), o.value())
            && (o.aisEnteredAt() == null
                || EventHash.storable(o.aisEnteredAt()).equals(prior.aisEnteredAt()));
    return same ? null : ChangeType.CHANGED;
  }

  int count(ChangeType change) {
    return (int) steps.stream().filter(s -> s.change() == change).count();
  }

  UnitResult result(String unitKey) {
    return new UnitResult(
        unitKey,
        UnitResult.DONE,
        count(ChangeType.ADDED),
        count(ChangeType.CHANGED),
        count(ChangeType.BASELINE),
        missing.size(),
        null);
  }
}
