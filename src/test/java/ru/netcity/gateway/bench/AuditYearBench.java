package ru.netcity.gateway.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.audit.AuditJob;
import ru.netcity.gateway.audit.AuditRun;
import ru.netcity.gateway.audit.CorrectionRegister;
import ru.netcity.gateway.audit.LedgerGate;
import ru.netcity.gateway.audit.ruleset.RuleSetLoader;
import ru.netcity.gateway.ledger.Anchors;
import ru.netcity.gateway.ledger.LedgerVerifier;
import ru.netcity.gateway.support.SchoolLedger;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/**
 * The audit of a school year. {@code fill <students> <dir>}: generates the school and records it
 * into an H2 file ledger through {@link SchoolLedger} (no HTTP). {@code audit <dir>}: audits that
 * ledger and prints the wall time and the peak heap; {@code bench/audit-year.sh} runs it in a JVM
 * of its own with one core and 512 MB of heap.
 */
public final class AuditYearBench {
  private static final Clock AFTER_THE_YEAR =
      Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZoneId.of("UTC"));

  private AuditYearBench() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "fill" -> fill(Integer.parseInt(args[1]), Path.of(args[2]));
      case "audit" -> audit(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 3);
      default -> throw new IllegalArgumentException("fill <students> <dir> | audit <dir> [rounds]");
    }
  }

  private static void fill(int students, Path dir) throws Exception {
    Files.createDirectories(dir);
    long start = System.nanoTime();
    School school = SchoolGenerator.generate(new SchoolOptions(1, students));
    long generated = System.nanoTime();
    try (HikariDataSource db = database(dir)) {
      Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
      new SchoolLedger(school).fill(db, AFTER_THE_YEAR);
      long entries =
          new JdbcTemplate(db).queryForObject("SELECT COUNT(*) FROM entry_state", Long.class);
      System.out.printf(
          "filled: %d students, %d ledger entries; generated in %.1f s, recorded in %.1f s%n",
          students, entries, (generated - start) / 1e9, (System.nanoTime() - generated) / 1e9);
    }
  }

  private static void audit(Path dir, int rounds) {
    PeakHeap peak = PeakHeap.watch();
    try (HikariDataSource db = database(dir)) {
      for (int round = 1; round <= rounds; round++) {
        long start = System.nanoTime();
        long cpu = processCpu();
        AuditRun run =
            new AuditJob(
                    db,
                    () -> RuleSetLoader.load(Path.of("config/rules")),
                    ZoneId.of("Asia/Tomsk"),
                    AFTER_THE_YEAR,
                    CorrectionRegister.NONE,
                    LedgerGate.of(new LedgerVerifier(db, Anchors.NONE, AFTER_THE_YEAR)))
                .run();
        System.out.printf(
            "audit round %d: %.2f s wall, %.2f s CPU (whole process), %d findings,"
                + " %d of %d units complete%n",
            round,
            (System.nanoTime() - start) / 1e9,
            (processCpu() - cpu) / 1e9,
            run.findings(),
            run.unitsDone(),
            run.unitsTotal());
      }
      System.out.printf(
          "peak heap used: %d MB (the most in use before any collection), at most %d MB live"
              + " after a collection, of max %d MB; %d core%n",
          peak.megabytes(),
          peak.liveMegabytes(),
          Runtime.getRuntime().maxMemory() >> 20,
          Runtime.getRuntime().availableProcessors());
    }
  }

  /** CPU time of the whole process (the audit, JIT and GC): wall time on a busy machine lies. */
  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The benchmarks' H2 file ledger under {@code dir}; {@code -Dbench.h2=;SETTING=...} appends. */
  static HikariDataSource database(Path dir) {
    HikariDataSource db = new HikariDataSource();
    db.setJdbcUrl(
        "jdbc:h2:file:"
            + dir.toAbsolutePath().resolve("ledger")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + System.getProperty("bench.h2", ""));
    db.setUsername("sa");
    db.setMaximumPoolSize(2);
    return db;
  }
}
