package ru.netcity.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.support.MovingClock;
import ru.netcity.gateway.support.TestDatabase;

/**
 * On PostgreSQL a unit's rows reach the server in a handful of statements however many they are:
 * the new events and the new entry states each in one statement (counted on the server by statement
 * triggers in the test's schema), the entry state updates as JDBC batches (the statements the
 * ledger executes, counted by a proxy of its connections). Per-row writes, batched or not, make
 * both counts grow with the rows. Skipped without a server unless {@code it.require-services=true}.
 */
class PostgresLedgerBatchTest {
  private static final int ENTRIES = 300;

  /** Statements a unit may take whatever its size: locks, lookups, head, outcome. */
  private static final int FEW = 15;

  private static TestDatabase db;

  private final MovingClock clock = new MovingClock(Instant.parse("2024-09-08T20:00:00Z"));

  @BeforeAll
  static void schemaWithStatementCounters() {
    db = TestDatabase.postgres("ledger_batch");
    JdbcTemplate sql = new JdbcTemplate(db.dataSource());
    sql.execute("CREATE TABLE insert_statement (table_name VARCHAR(64) NOT NULL)");
    sql.execute(
        "CREATE FUNCTION count_insert_statement() RETURNS trigger LANGUAGE plpgsql AS $$"
            + " BEGIN INSERT INTO insert_statement VALUES (TG_TABLE_NAME); RETURN NULL; END $$");
    for (String table : List.of("ledger_event", "entry_state")) {
      sql.execute(
          "CREATE TRIGGER "
              + table
              + "_insert_statement AFTER INSERT ON "
              + table
              + " FOR EACH STATEMENT EXECUTE FUNCTION count_insert_statement()");
    }
  }

  @AfterAll
  static void drop() {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void aUnitsRowsReachTheServerInAFewStatementsWhateverTheirNumber() {
    CountingDataSource counted = new CountingDataSource(db.dataSource());
    Ledger ledger = new Ledger(counted.dataSource(), clock);
    UnitScope scope = Pulls.week(1, 1);
    List<Observation> all = Pulls.marks(scope, ENTRIES);
    List<Observation> changed = all.stream().map(o -> Pulls.value(o, "4")).toList();
    List<Observation> lacking = changed.subList(0, ENTRIES * 2 / 3);

    assertThat(record(ledger, counted, scope, all).baseline()).isEqualTo(ENTRIES);
    assertThat(insertStatements())
        .containsOnly(Map.entry("ledger_event", 1), Map.entry("entry_state", 1));

    // updates every entry state
    assertThat(record(ledger, counted, scope, changed).changed()).isEqualTo(ENTRIES);
    assertThat(insertStatements()).containsOnly(Map.entry("ledger_event", 1));

    // counts the entries it lacks missing
    assertThat(record(ledger, counted, scope, lacking).missing())
        .isEqualTo(ENTRIES - lacking.size());

    String run = ledger.startRun(1, 1);
    ledger.recordUnit(run, scope, lacking);
    List<String> gone = ledger.deletionCandidates(1, scope);
    assertThat(gone).hasSize(ENTRIES - lacking.size());
    int deleted = unit(counted, () -> ledger.confirmDeletions(run, scope, gone));
    assertThat(deleted).isEqualTo(gone.size()); // marks every one deleted
    assertThat(insertStatements()).containsOnly(Map.entry("ledger_event", 1));

    assertThat(ledger.verifyChain(1))
        .isEqualTo(new ChainCheck(true, 2L * ENTRIES + deleted, OptionalLong.empty()));
  }

  /** Runs one unit's call and checks it executed only a few statements through JDBC. */
  private static <T> T unit(CountingDataSource counted, Supplier<T> call) {
    counted.take();
    T result = call.get();
    assertThat(counted.take()).isLessThanOrEqualTo(FEW);
    return result;
  }

  /** One run of the unit; the unit's recording is counted. */
  private UnitResult record(
      Ledger ledger, CountingDataSource counted, UnitScope scope, List<Observation> pull) {
    clock.advance(Duration.ofDays(1));
    String run = ledger.startRun(scope.schoolId(), 1);
    UnitResult result = unit(counted, () -> ledger.recordUnit(run, scope, pull));
    ledger.finishRun(run, List.of(scope.key()));
    return result;
  }

  /** INSERT statements per table since the last call. */
  private static Map<String, Integer> insertStatements() {
    JdbcTemplate sql = new JdbcTemplate(db.dataSource());
    Map<String, Integer> counts = new TreeMap<>();
    sql.query(
        "SELECT table_name, COUNT(*) FROM insert_statement GROUP BY table_name",
        rs -> {
          counts.put(rs.getString(1), rs.getInt(2));
        });
    sql.update("DELETE FROM insert_statement");
    return counts;
  }
}
