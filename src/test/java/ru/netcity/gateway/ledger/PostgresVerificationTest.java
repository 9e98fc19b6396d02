package ru.netcity.gateway.ledger;

import ru.netcity.gateway.support.TestDatabase;

/**
 * The verification on PostgreSQL (append-only by a trigger; the gateway's role: {@code
 * PostgresGatewayRoleTest}). Skipped without a server unless {@code it.require-services=true}.
 */
class PostgresVerificationTest extends VerificationContract {
  @Override
  protected TestDatabase database() {
    return TestDatabase.postgres("verify");
  }
}
