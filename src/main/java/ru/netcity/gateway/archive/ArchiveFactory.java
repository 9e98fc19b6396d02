package ru.netcity.gateway.archive;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ru.netcity.gateway.archive.sign.CmsSigner;
import ru.netcity.gateway.archive.sign.SigningKey;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.audit.StudentNames;
import ru.netcity.gateway.ledger.Anchors;

/** Assembles the archive from its parts (the configuration and the benchmarks use it). */
public final class ArchiveFactory {
  private ArchiveFactory() {}

  /**
   * @param trusted earlier signing certificates whose snapshots still verify; the key's own
   *     certificate always does
   * @param ledgerAnchors the anchor file, whose newest anchor of the school every snapshot holds
   */
  public static ArchiveService create(
      DataSource dataSource,
      ArchiveProperties properties,
      SigningKey key,
      CmsSigner signer,
      List<X509Certificate> trusted,
      AuditService audits,
      StudentNames names,
      ZoneId schoolZone,
      Clock clock,
      String version,
      Anchors ledgerAnchors) {
    List<ArchiveLocation> locations = new ArrayList<>();
    List<Path> roots = properties.locations();
    for (int i = 0; i < roots.size(); i++) {
      locations.add(new ArchiveLocation(i == 0 ? "A" : "B", roots.get(i)));
    }
    List<X509Certificate> anchors = new ArrayList<>(trusted);
    anchors.add(key.certificate());
    CheckLog log = new CheckLog(dataSource, clock);
    return new ArchiveService(
        locations,
        new SnapshotWriter(dataSource, key, signer, schoolZone, version, ledgerAnchors),
        new ArchiveChecker(new BagVerifier(anchors), log),
        new SchoolTerms(dataSource, audits),
        new PupilNames(dataSource, names, properties.studentNamesFromAis()),
        new ArchiveSchedule(clock, schoolZone, properties, log));
  }
}
