package ru.netcity.gateway.notify;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import ru.netcity.gateway.support.TestDatabase;

class H2ParentRegisterTest extends ParentRegisterContract {
  private final TestDatabase db = TestDatabase.h2();

  @AfterEach
  void close() {
    db.close();
  }

  @Override
  DataSource dataSource() {
    return db.dataSource();
  }
}
