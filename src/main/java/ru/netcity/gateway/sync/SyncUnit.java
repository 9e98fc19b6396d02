package ru.netcity.gateway.sync;

import ru.netcity.gateway.domain.UnitScope;

/**
 * The message of one work unit on the units queue ({@code gateway.sync.units-uri}): which school,
 * which ledger run, and what to pull.
 */
public record SyncUnit(int schoolId, String runId, UnitScope scope) {
  public String key() {
    return scope.key();
  }
}
