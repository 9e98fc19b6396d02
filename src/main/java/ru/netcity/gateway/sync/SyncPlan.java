package ru.netcity.gateway.sync;

import java.util.List;

/**
 * A school's planned run: the units left to pull (a resumed run's done units and the units the plan
 * already gave up are not among them). Told to the barrier once every unit is sent.
 */
public record SyncPlan(int schoolId, String runId, List<SyncUnit> units) implements SyncEvent {
  public SyncPlan {
    units = List.copyOf(units);
  }
}
