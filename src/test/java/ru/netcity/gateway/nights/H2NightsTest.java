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
   * deadline, a mark deleted weeks after its lesson and one the next day, «Н» changed to «Б»,
   * homework edited, a mark edited the next day.
   */
  @Override
  protected int seed() {
    return 20;
  }
}
