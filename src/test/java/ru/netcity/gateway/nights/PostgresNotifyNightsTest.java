package ru.netcity.gateway.nights;

import ru.netcity.gateway.support.TestDatabase;

/** The outbox over ten nights on PostgreSQL (seed 7: its stretch holds a term end). */
class PostgresNotifyNightsTest extends NotifyNightsContract {
  @Override
  protected TestDatabase newDatabase() {
    return TestDatabase.postgres("notify");
  }

  @Override
  protected int seed() {
    return 7;
  }
}
