package ru.netcity.gateway.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
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
 * Ledger#recordUnit} into an H2 file database, twice: a first sync (every record written) and a
 * re-sync (every record compared, nothing written). Prints wall and process CPU time per pass. Run
 * with {@code bench/ledger-write.sh}; {@code -Dbench.h2=;SETTING=...} appends H2 settings.
 */
public final class LedgerWriteBench {
  private LedgerWriteBench() {}

  public static void main(String[] args) throws Exception {
    int students = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
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
    Path dir = Files.createTempDirectory("ledger-write");
    try (HikariDataSource db = AuditYearBench.database(dir)) {
      Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
      Ledger ledger = new Ledger(db, Clock.systemUTC());
      for (String pass : List.of("first sync", "re-sync")) {
        long cpu = processCpu();
        long start = System.nanoTime();
        String run = ledger.startRun(school.id(), units.size());
        for (Unit unit : units) {
          ledger.recordUnit(run, unit.scope(), unit.observations());
        }
        ledger.finishRun(run, units.stream().map(u -> u.scope().key()).toList());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "%-10s: %d units, %d records in %.1f s wall, %.1f s CPU (%.0f records/s)%n",
            pass, units.size(), records, seconds, (processCpu() - cpu) / 1e9, records / seconds);
      }
    }
  }

  private record Unit(UnitScope scope, List<Observation> observations) {}

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
