package ru.netcity.gateway.notify;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import ru.netcity.gateway.support.TestDatabase;

class PostgresParentRegisterTest extends ParentRegisterContract {
  private final TestDatabase db = TestDatabase.postgres("parents");

  @AfterEach
  void close() {
    db.close();
  }

  @Override
  DataSource dataSource() {
    return db.dataSource();
  }
}
