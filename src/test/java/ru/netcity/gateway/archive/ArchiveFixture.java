package ru.netcity.gateway.archive;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import ru.netcity.gateway.archive.sign.CmsSigner;
import ru.netcity.gateway.archive.sign.SigningKey;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.audit.StudentNames;
import ru.netcity.gateway.ledger.Anchors;
import ru.netcity.gateway.support.PackagedAudit;
import ru.netcity.gateway.support.SchoolLedger;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/**
 * A generated school recorded in a ledger with real chains, audited once, and an archive over it
 * with two locations under a test folder and a self-signed RSA key.
 */
final class ArchiveFixture {
  static final ZoneId ZONE = ZoneId.of("Asia/Tomsk");

  /** After the school year: every term has ended and the year marks are in. */
  static final Clock AFTER_THE_YEAR = Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZONE);

  final School school;
  final DataSource dataSource;

  private ArchiveFixture(School school, DataSource dataSource) {
    this.school = school;
    this.dataSource = dataSource;
  }

  /** Records the school into the (migrated, empty) database and audits it. */
  static ArchiveFixture record(DataSource dataSource, long seed, int students) {
    School school = SchoolGenerator.generate(new SchoolOptions(seed, students));
    new SchoolLedger(school).fill(dataSource, AFTER_THE_YEAR);
    auditService(dataSource).audit();
    return new ArchiveFixture(school, dataSource);
  }

  static AuditService auditService(DataSource dataSource) {
    return new AuditService(PackagedAudit.job(dataSource, AFTER_THE_YEAR), dataSource);
  }

  static ArchiveProperties properties(Path a, Path b) {
    return new ArchiveProperties(
        List.of(a, b),
        Period.ofDays(2),
        Period.ofDays(30),
        "0 0 4 * * ?",
        true,
        new ArchiveProperties.Retention(Period.ofYears(5), Period.ofYears(25)),
        new ArchiveProperties.Signing(null, null, null, null, List.of(), null));
  }

  /**
   * The archive over {@code a} and {@code b}, signing with {@code key}; pupils named «Ученик N».
   */
  ArchiveService archive(Path a, Path b, SigningKey key) {
    return archive(a, b, key, Anchors.NONE);
  }

  /** The same, with the ledger's anchors in {@code anchors}. */
  ArchiveService archive(Path a, Path b, SigningKey key, Anchors anchors) {
    StudentNames names =
        byClass ->
            byClass.values().stream()
                .flatMap(Set::stream)
                .collect(java.util.stream.Collectors.toMap(id -> id, id -> "Ученик " + id));
    return ArchiveFactory.create(
        dataSource,
        properties(a, b),
        key,
        new CmsSigner(key, null),
        List.of(),
        auditService(dataSource),
        names,
        ZONE,
        AFTER_THE_YEAR,
        "test",
        anchors);
  }

  static SigningKey rsaKey(Path dir, String name) {
    return SigningKey.createSelfSigned(
        dir.resolve(name + ".p12"), "secret".toCharArray(), "Школа " + name);
  }
}
