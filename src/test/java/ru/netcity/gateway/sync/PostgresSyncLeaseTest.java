package ru.netcity.gateway.sync;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import ru.netcity.gateway.support.TestDatabase;

/** The run lock on the running PostgreSQL server, production's engine. */
class PostgresSyncLeaseTest extends SyncLeaseContract {
  private TestDatabase db;

  @BeforeEach
  void open() {
    db = TestDatabase.postgres("lease_it");
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
}
