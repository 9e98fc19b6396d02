package ru.netcity.gateway.sync;

/** How much a run pulls. */
public enum SyncMode {
  /** The lookback window of every class, and a whole term that ended inside it. */
  NIGHTLY,
  /** Every term of the school year up to today. */
  FULL
}
