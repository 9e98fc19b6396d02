package ru.netcity.gateway.archive;

import java.time.LocalDateTime;

/**
 * The end of a school's ledger chain that a snapshot holds; anchored in every snapshot's
 * bag-info.txt so that a cut tail of the database's chain shows against the archive.
 *
 * @param at UTC time the head event was recorded
 */
record LedgerHead(int schoolId, long seq, String hash, LocalDateTime at) {
  /** The bag-info.txt value: {@code school=… seq=… sha256=… at=…Z}. */
  String describe() {
    return "school=%d seq=%d sha256=%s at=%sZ".formatted(schoolId, seq, hash, CsvLines.time(at));
  }
}
