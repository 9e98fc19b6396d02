package ru.netcity.gateway.corrections;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import ru.netcity.gateway.support.TestDatabase;

class H2CorrectionRegisterTest extends CorrectionRegisterContract {
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
