package ru.netcity.gateway.ledger;

import ru.netcity.gateway.support.TestDatabase;

/** The verification on H2, the embedded default (append-only by a Java trigger). */
class H2VerificationTest extends VerificationContract {
  @Override
  protected TestDatabase database() {
    return TestDatabase.h2();
  }
}
