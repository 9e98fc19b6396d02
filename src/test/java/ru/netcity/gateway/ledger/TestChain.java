package ru.netcity.gateway.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import ru.netcity.gateway.domain.EntryKind;

/** The ledger's own link hash for test fixtures that write events in bulk with real chains. */
public final class TestChain {
  public static final String GENESIS = EventHash.GENESIS;

  private TestChain() {}

  /** The hash of a BASELINE event with these fields after {@code prevHash}. */
  public static String baselineHash(
      int schoolId,
      long seq,
      String runId,
      String unitKey,
      EntryKind kind,
      String entryKey,
      int classId,
      LocalDate lessonDate,
      String subject,
      Integer studentId,
      String valueText,
      LocalDateTime aisEnteredAt,
      LocalDateTime firstSeenAt,
      String prevHash) {
    return EventHash.of(
        new LedgerEvent(
            schoolId,
            seq,
            runId,
            unitKey,
            kind,
            entryKey,
            classId,
            lessonDate,
            subject,
            studentId,
            valueText,
            EventHash.storable(aisEnteredAt),
            EventHash.storable(firstSeenAt),
            ChangeType.BASELINE,
            prevHash,
            null));
  }
}
