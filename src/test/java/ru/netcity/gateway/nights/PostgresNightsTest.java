package ru.netcity.gateway.nights;

import ru.netcity.gateway.support.TestDatabase;

/** The nights on PostgreSQL (production); skipped without a server unless required. */
class PostgresNightsTest extends NightsContract {
  @Override
  protected TestDatabase newDatabase() {
    return TestDatabase.postgres("nights");
  }

  /**
   * 2025-09-16..29: a mark edited weeks after its lesson, one deleted the next day, one turned into
   * a dot and back, marks edited the same day, homework edited, a written work graded late.
   */
  @Override
  protected int seed() {
    return 12;
  }
}
