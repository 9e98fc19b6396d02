package ru.netcity.gateway.nights;

import ru.netcity.gateway.support.TestDatabase;

/** The nights on H2, the embedded default. */
class H2NightsTest extends NightsContract {
  @Override
  protected TestDatabase newDatabase() {
    return TestDatabase.h2();
  }

  /**
   * 2025-12-16..2026-01-12, over the winter holidays (30 nights): a term mark corrected after the
   * deadline, a mark deleted weeks after its lesson, a mark turned into a dot and back, homework
   * edited. (Seed 20's busiest stretch moved to September with the per-pupil structure and held no
   * deletion the nights see.)
   */
  @Override
  protected int seed() {
    return 7;
  }
}
