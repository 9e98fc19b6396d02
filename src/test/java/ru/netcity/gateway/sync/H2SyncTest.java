package ru.netcity.gateway.sync;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import ru.netcity.gateway.support.TestDatabase;

/** The sync on H2, the embedded default. */
class H2SyncTest extends SyncContract {
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
}
