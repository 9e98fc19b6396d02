package ru.netcity.gateway.audit;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import ru.netcity.gateway.support.TestDatabase;
import ru.netcity.mock.school.SchoolOptions;

/** The audit end to end on PostgreSQL (production); skipped without a server unless required. */
class PostgresAuditTest extends AuditContract {
  private TestDatabase db;

  @BeforeEach
  void open() {
    db = TestDatabase.postgres("audit");
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @Override
  protected DataSource dataSource() {
    return db.dataSource();
  }

  @Override
  protected SchoolOptions school() {
    return new SchoolOptions(7, 60);
  }
}
