package ru.netcity.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.support.TestDatabase;
import ru.netcity.mock.MockNetCity;
import ru.netcity.mock.MockOptions;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/** The sync on the running PostgreSQL server, production's engine. */
class PostgresSyncTest extends SyncContract {
  private TestDatabase db;

  @BeforeEach
  void open() {
    db = TestDatabase.postgres("sync_it");
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  /**
   * A new ledger's first sync analyses its entry state itself (autovacuum comes too late): with the
   * statistics of an empty table every unit's key lookup read the school's whole range.
   */
  @Test
  void theFirstSyncRefreshesThePlannersStatisticsOfTheEntries() throws Exception {
    try (MockNetCity mock =
        MockNetCity.start(
            SchoolGenerator.generate(new SchoolOptions(24, 40)), MockOptions.defaults())) {
      assertThat(job(mock).run(SyncMode.FULL, SyncProgress.SILENT).complete()).isTrue();
    }
    JdbcTemplate jdbc = new JdbcTemplate(dataSource());
    await("the gateway's own ANALYZE, not autovacuum's, in the server's statistics")
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                    "SELECT analyze_count FROM pg_stat_user_tables"
                        + " WHERE relid = 'entry_state'::regclass",
                    Long.class),
            count -> count > 0);
  }

  @Override
  protected DataSource dataSource() {
    return db.dataSource();
  }
}
