package ru.netcity.gateway.nights;

import ru.netcity.gateway.support.TestDatabase;

/** The nights on PostgreSQL (production); skipped without a server unless required. */
class PostgresNightsTest extends NightsContract {
  @Override
  protected TestDatabase newDatabase() {
    return TestDatabase.postgres("nights");
  }
}
