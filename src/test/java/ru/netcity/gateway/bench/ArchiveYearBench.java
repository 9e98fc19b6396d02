package ru.netcity.gateway.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.flywaydb.core.Flyway;
import ru.netcity.gateway.archive.ArchiveFactory;
import ru.netcity.gateway.archive.ArchiveProperties;
import ru.netcity.gateway.archive.ArchiveService;
import ru.netcity.gateway.archive.SnapshotHealth;
import ru.netcity.gateway.archive.sign.CmsSigner;
import ru.netcity.gateway.archive.sign.SigningKey;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.audit.StudentNames;
import ru.netcity.gateway.ledger.Anchors;
import ru.netcity.gateway.support.PackagedAudit;
import ru.netcity.gateway.support.SchoolLedger;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/**
 * The archive of a school year. {@code fill <students> <dir>}: records a generated school into an
 * H2 file ledger (real hash chain) and audits it. {@code run <dir>}: creates the signed snapshot in
 * two locations (written, read back and verified), then checks both copies as the scheduled check
 * does, printing wall time, sizes and the peak heap; {@code bench/archive-year.sh} runs it with 512
 * MB of heap.
 */
public final class ArchiveYearBench {
  private static final ZoneId ZONE = ZoneId.of("Asia/Tomsk");
  private static final Clock AFTER_THE_YEAR =
      Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZONE);

  private ArchiveYearBench() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "fill" -> fill(Integer.parseInt(args[1]), Path.of(args[2]));
      case "run" -> run(Path.of(args[1]));
      default -> throw new IllegalArgumentException("fill <students> <dir> | run <dir>");
    }
  }

  private static void fill(int students, Path dir) throws Exception {
    Files.createDirectories(dir);
    long start = System.nanoTime();
    try (HikariDataSource db = AuditYearBench.database(dir)) {
      Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
      new SchoolLedger(SchoolGenerator.generate(new SchoolOptions(1, students)))
          .fill(db, AFTER_THE_YEAR);
      audits(db).audit();
    }
    System.out.printf(
        "filled and audited %d students in %.1f s%n", students, (System.nanoTime() - start) / 1e9);
  }

  private static void run(Path dir) throws Exception {
    PeakHeap peak = PeakHeap.watch();
    Path a = dir.resolve("archive-a");
    Path b = dir.resolve("archive-b");
    for (Path location : List.of(a, b)) {
      if (Files.exists(location)) {
        try (var walk = Files.walk(location)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    Path keystore = dir.resolve("bench-key.p12");
    SigningKey key =
        Files.exists(keystore)
            ? SigningKey.load(keystore, "bench".toCharArray(), null)
            : SigningKey.createSelfSigned(keystore, "bench".toCharArray(), "Bench school");
    try (HikariDataSource db = AuditYearBench.database(dir)) {
      ArchiveService archive =
          ArchiveFactory.create(
              db,
              properties(a, b),
              key,
              new CmsSigner(key, null),
              List.of(),
              audits(db),
              StudentNames.NONE,
              ZONE,
              AFTER_THE_YEAR,
              "bench",
              Anchors.NONE);
      long start = System.nanoTime();
      long t0 = System.nanoTime();
      ArchiveService.Created created =
          archive.create(
              null,
              step -> {
                // the journal's progress only at its end: one line a class would drown the rest
                if (!step.startsWith("journal ") || step.matches("journal (\\d+)/\\1 .*")) {
                  System.out.printf("  %5.1f s  %s%n", (System.nanoTime() - t0) / 1e9, step);
                }
              });
      double createSeconds = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      List<SnapshotHealth> checked = archive.verify(true);
      double verifySeconds = (System.nanoTime() - start) / 1e9;
      long bytes;
      try (var walk = Files.walk(created.copies().get(0))) {
        bytes = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      }
      System.out.printf(
          "create (export from H2, write 2 copies, sign, read back and verify both): %.1f s%nverify"
              + " (both copies: every file's SHA-512, signature, archived chain): %.1f s,"
              + " %s%nsnapshot %s: %d MB a copy%npeak heap used: %d MB, at most %d MB live after a"
              + " full collection, of max %d MB; peak resident set %s%n",
          createSeconds,
          verifySeconds,
          checked.get(0).status(),
          created.id(),
          bytes >> 20,
          peak.megabytes(),
          peak.liveMegabytes(),
          Runtime.getRuntime().maxMemory() >> 20,
          residentPeak());
    }
  }

  private static AuditService audits(HikariDataSource db) {
    return new AuditService(PackagedAudit.job(db, AFTER_THE_YEAR), db);
  }

  private static ArchiveProperties properties(Path a, Path b) {
    return new ArchiveProperties(
        List.of(a, b),
        Period.ofDays(2),
        Period.ofDays(30),
        "0 0 4 * * ?",
        false,
        new ArchiveProperties.Retention(Period.ofYears(5), Period.ofYears(25)),
        new ArchiveProperties.Signing(null, null, null, null, List.of(), null));
  }

  /** VmHWM of this process (Linux), the most memory it held at once, heap and all. */
  private static String residentPeak() throws Exception {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return "unknown";
    }
    return Files.readAllLines(status).stream()
        .filter(l -> l.startsWith("VmHWM:"))
        .map(l -> (Long.parseLong(l.replaceAll("\\D", "")) >> 10) + " MB")
        .findFirst()
        .orElse("unknown");
  }
}
