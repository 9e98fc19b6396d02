package ru.netcity.gateway.nights;

import ru.netcity.gateway.support.TestDatabase;

/** The outbox over ten nights on H2, the embedded default (the stretch of {@link H2NightsTest}). */
class H2NotifyNightsTest extends NotifyNightsContract {
  @Override
  protected TestDatabase newDatabase() {
    return TestDatabase.h2();
  }

  @Override
  protected int seed() {
    return 7;
  }
}
