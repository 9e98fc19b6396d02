package ru.netcity.gateway.ledger;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The changes one transaction of the ledger wrote: a unit's pull or a unit's confirmed deletions.
 *
 * @param at UTC, the time the ledger gave the events (first seen)
 * @param changes in chain order; on a school's first run every change is BASELINE
 */
public record RecordedUnit(
    String runId, int schoolId, String unitKey, LocalDateTime at, List<RecordedChange> changes) {
  public RecordedUnit {
    changes = List.copyOf(changes);
  }
}
