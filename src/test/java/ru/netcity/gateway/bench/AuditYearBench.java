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
import ru.netcity.gateway.ledger.Verification;
import ru.netcity.gateway.support.SchoolLedger;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/**
 * The audit of a school year. {@code fill <students> <dir>}: generates the school and records it
 * into an H2 file ledger through {@link SchoolLedger} (no HTTP). {@code audit <dir>}: audits that
 * ledger (after the weekly whole ledger check, timed apart) and prints the wall time and the peak
 * heap; {@code bench/audit-year.sh} runs it in a JVM of its own with one core and 512 MB of heap.
 */
public final class AuditYearBench {
  private static final Clock AFTER_THE_YEAR =
      Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZoneId.of("UTC"));

  /** The nightly sync before each round changes one mark in this many of the last two weeks. */
  private static final int NIGHTLY_EVERY = 40;

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
      migrate(db);
      new SchoolLedger(school).fill(db, AFTER_THE_YEAR);
      long entries =
          new JdbcTemplate(db).queryForObject("SELECT COUNT(*) FROM entry_state", Long.class);
      System.out.printf(
          "filled: %d students, %d ledger entries; generated in %.1f s, recorded in %.1f s%n",
          students, entries, (generated - start) / 1e9, (System.nanoTime() - generated) / 1e9);
      // the audits of the year have verified it: the nightly audit checks what is new since
      wholeCheck(new LedgerVerifier(db, Anchors.NONE, AFTER_THE_YEAR), "after the fill");
    }
  }

  private static void audit(Path dir, int rounds) {
    PeakHeap peak = PeakHeap.watch();
    try (HikariDataSource db = database(dir)) {
      migrate(db); // a ledger kept from an older build gets the newer migrations
      LedgerVerifier verifier = new LedgerVerifier(db, Anchors.NONE, AFTER_THE_YEAR);
      JdbcTemplate sql = new JdbcTemplate(db);
      // round 0 is a first audit: no copy of the entries from an earlier run of the bench
      sql.update("DELETE FROM audit_class_bucket");
      sql.update("DELETE FROM audit_class_snapshot");
      BenchNightly nightly = new BenchNightly(db, AFTER_THE_YEAR);
      long mostHeap = 0;
      long mostLive = 0;
      for (int round = 0; round <= rounds; round++) {
        String before = "first audit: every class read from the ledger, its audit copy written";
        if (round > 0) {
          long began = System.nanoTime();
          long events = nightly.run(round, NIGHTLY_EVERY);
          before =
              String.format(
                  "after a nightly sync of the last 14 days (%d events, recorded in %.1f s)",
                  events, (System.nanoTime() - began) / 1e9);
        }
        peak.reset();
        long start = System.nanoTime();
        long cpu = processCpu();
        AuditRun run =
            new AuditJob(
                    db,
                    () -> RuleSetLoader.load(Path.of("config/rules")),
                    ZoneId.of("Asia/Tomsk"),
                    AFTER_THE_YEAR,
                    CorrectionRegister.NONE,
                    LedgerGate.of(verifier))
                .run();
        long from =
            sql.queryForObject(
                "SELECT verified_from FROM ledger_verification ORDER BY id DESC LIMIT 1",
                Long.class);
        System.out.printf(
            "audit round %d, %s: %.2f s wall, %.2f s CPU (whole process), peak heap %d MB (%d MB"
                + " live after a full collection), %d findings, %d of %d units complete; ledger check"
                + " %s%n",
            round,
            before,
            (System.nanoTime() - start) / 1e9,
            (processCpu() - cpu) / 1e9,
            peak.megabytes(),
            peak.liveMegabytes(),
            run.findings(),
            run.unitsDone(),
            run.unitsTotal(),
            from <= 1 ? "WHOLE" : "of the events from seq " + from);
        mostHeap = Math.max(mostHeap, peak.megabytes());
        mostLive = Math.max(mostLive, peak.liveMegabytes());
      }
      System.out.printf(
          "peak heap used by the audits: %d MB (the most in use before any collection), at most %d"
              + " MB live after a full collection, of max %d MB; %d core%n",
          mostHeap,
          mostLive,
          Runtime.getRuntime().maxMemory() >> 20,
          Runtime.getRuntime().availableProcessors());
      peak.reset();
      wholeCheck(verifier, "weekly (gateway.ledger.whole-check-every)");
      System.out.printf("peak heap used by the whole check: %d MB%n", peak.megabytes());
    }
  }

  /** The whole ledger check, timed apart from the audits. */
  private static void wholeCheck(LedgerVerifier verifier, String when) {
    for (int school : verifier.schools()) {
      long start = System.nanoTime();
      long cpu = processCpu();
      Verification whole = verifier.check(school);
      System.out.printf(
          "whole ledger check %s: %.2f s wall, %.2f s CPU, %d events, %s%n",
          when,
          (System.nanoTime() - start) / 1e9,
          (processCpu() - cpu) / 1e9,
          whole.events(),
          whole.intact() ? "intact" : "BROKEN");
    }
  }

  private static void migrate(HikariDataSource db) {
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
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
