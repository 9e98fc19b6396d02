package ru.netcity.gateway.audit;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import ru.netcity.gateway.support.TestDatabase;

/** Clause 3.3.1's movements against one ledger on PostgreSQL; skipped without a server. */
class PostgresAuditMovementsTest extends AuditMovementsContract {
  private TestDatabase db;

  @AfterEach
  void close() {
    db.close();
  }

  @Override
  protected DataSource newDatabase() {
    db = TestDatabase.postgres("movements");
    return db.dataSource();
  }
}
