package ru.netcity.gateway.audit;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import ru.netcity.gateway.support.TestDatabase;
import ru.netcity.mock.school.SchoolOptions;

/** The audit end to end on H2, the embedded default. */
class H2AuditTest extends AuditContract {
  private TestDatabase db;

  @BeforeEach
  void open() {
    db = TestDatabase.h2();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Override
  protected DataSource dataSource() {
    return db.dataSource();
  }

  @Override
  protected SchoolOptions school() {
    return new SchoolOptions(1, 120);
  }
}
