package ru.netcity.gateway.corrections;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import ru.netcity.gateway.support.TestDatabase;

class PostgresCorrectionRegisterTest extends CorrectionRegisterContract {
  private final TestDatabase db = TestDatabase.postgres("corrections");

  @AfterEach
  void close() {
    db.close();
  }

  @Override
  DataSource dataSource() {
    return db.dataSource();
  }
}
