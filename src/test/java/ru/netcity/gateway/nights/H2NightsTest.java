package ru.netcity.gateway.nights;

import ru.netcity.gateway.support.TestDatabase;

/** The nights on H2, the embedded default. */
class H2NightsTest extends NightsContract {
  @Override
  protected TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
