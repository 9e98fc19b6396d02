package ru.netcity.gateway.sync;

/**
 * What the completeness barrier ({@link SyncBarrier}) is told: a unit ended, or a plan's units are
 * all sent.
 */
public sealed interface SyncEvent permits SyncPlan, UnitEnded {
  String runId();
}
