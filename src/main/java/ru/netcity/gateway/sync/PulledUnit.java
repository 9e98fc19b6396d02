package ru.netcity.gateway.sync;

import ru.netcity.gateway.mapping.UnitObservations;

/**
 * A unit as the pull left it for the ledger: its observations, or none when it was given up.
 *
 * @param startNanos when the unit's pull began ({@link System#nanoTime()})
 */
public record PulledUnit(SyncUnit unit, UnitObservations.Result pulled, long startNanos) {
  boolean givenUp() {
    return pulled == null;
  }
}
