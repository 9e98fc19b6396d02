package ru.netcity.gateway.audit;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import ru.netcity.gateway.support.TestDatabase;
import ru.netcity.mock.school.SchoolOptions;

/** The truth of three moments on H2, the embedded default. */
class H2AuditMomentsTest extends AuditMomentsContract {
  private final List<TestDatabase> opened = new ArrayList<>();

  @AfterEach
  void close() {
    opened.forEach(TestDatabase::close);
  }

  @Override
  protected DataSource newDatabase() {
    TestDatabase db = TestDatabase.h2();
    opened.add(db);
    return db.dataSource();
  }

  @Override
  protected SchoolOptions school() {
    return new SchoolOptions(1, 60);
  }
}
