package ru.netcity.gateway.archive;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import ru.netcity.gateway.audit.AuditContext;

/**
 * The end of a school's ledger chain that a snapshot holds; anchored in every snapshot's
 * bag-info.txt so that a cut tail of the database's chain shows against the archive.
 *
 * @param at UTC time the head event was recorded
 */
record LedgerHead(int schoolId, long seq, String hash, LocalDateTime at) {
  /** The school's calendar day the head was recorded on (a snapshot's Bagging-Date). */
  LocalDate day(ZoneId schoolZone) {
    return AuditContext.local(at, schoolZone).toLocalDate();
  }

  /** The bag-info.txt value: {@code school=… seq=… sha256=… at=…Z}. */
  String describe() {
    return "school=%d seq=%d sha256=%s at=%sZ".formatted(schoolId, seq, hash, CsvLines.time(at));
  }
}
