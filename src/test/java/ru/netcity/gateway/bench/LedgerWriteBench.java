package ru.netcity.gateway.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.support.SchoolLedger;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolClass;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;
import ru.netcity.mock.school.Term;

/**
 * The ledger's share of a sync, without HTTP: the observations a full sync of a generated school
 * makes (class x term units, as {@link SchoolLedger} derives them), recorded through {@link
 * Ledger#recordUnit} twice: a first sync (every record written) and a re-sync (every record
 * compared, nothing written). Into an H2 file database ({@code -Dbench.h2=;SETTING=...} appends H2
 * settings), or with {@code --postgres [jdbc-url]} into a fresh schema on that PostgreSQL database,
 * dropped afterwards. Prints per pass the events written, wall and process CPU time and events per
 * second. Run with {@code bench/ledger-write.sh}.
 */
public final class LedgerWriteBench {
  private LedgerWriteBench() {}

  public static void main(String[] args) throws Exception {
    int students = 1000;
    String postgres = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--postgres")) {
        boolean urlGiven = i + 1 < args.length && args[i + 1].startsWith("jdbc:");
        postgres = urlGiven ? args[++i] : BenchPostgres.DEFAULT_URL;
      } else {
        students = Integer.parseInt(args[i]);
      }
    }
    School school = SchoolGenerator.generate(new SchoolOptions(1, students));
    SchoolLedger source = new SchoolLedger(school);
    List<Unit> units = new ArrayList<>();
    long records = 0;
    for (SchoolClass c : school.classes()) {
      List<Observation> year = source.observations(c);
      for (Term t : school.termsOf(c.grade())) {
        UnitScope scope = new UnitScope(school.id(), c.id(), t.start(), t.end());
        List<Observation> inTerm = year.stream().filter(o -> scope.covers(o.lessonDate())).toList();
        units.add(new Unit(scope, inTerm));
        records += inTerm.size();
      }
    }
    if (postgres == null) {
      Path dir = Files.createTempDirectory("ledger-write");
      try (HikariDataSource db = AuditYearBench.database(dir)) {
        System.out.println("H2 file " + dir);
        run(db, school.id(), units, records);
      }
    } else {
      try (BenchPostgres db = BenchPostgres.create(postgres, "ledger_write")) {
        System.out.println("PostgreSQL " + db.describe());
        run(db.dataSource(), school.id(), units, records);
      }
    }
  }

  private static void run(HikariDataSource db, int schoolId, List<Unit> units, long records) {
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
    Ledger ledger = new Ledger(db, Clock.systemUTC());
    JdbcTemplate sql = new JdbcTemplate(db);
    for (String pass : List.of("first sync", "re-sync")) {
      long eventsBefore = events(sql);
      long cpu = processCpu();
      long start = System.nanoTime();
      String run = ledger.startRun(schoolId, units.size());
      for (Unit unit : units) {
        ledger.recordUnit(run, unit.scope(), unit.observations());
      }
      ledger.finishRun(run, units.stream().map(u -> u.scope().key()).toList());
      double seconds = (System.nanoTime() - start) / 1e9;
      long written = events(sql) - eventsBefore;
      System.out.printf(
          "%-10s: %d units, %d records, %d events written in %.1f s wall, %.1f s CPU"
              + " (%.0f events/s, %.0f records/s)%n",
          pass,
          units.size(),
          records,
          written,
          seconds,
          (processCpu() - cpu) / 1e9,
          written / seconds,
          records / seconds);
    }
  }

  private static long events(JdbcTemplate sql) {
    Long n = sql.queryForObject("SELECT COUNT(*) FROM ledger_event", Long.class);
    return n == null ? 0 : n;
  }

  private record Unit(UnitScope scope, List<Observation> observations) {}

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
