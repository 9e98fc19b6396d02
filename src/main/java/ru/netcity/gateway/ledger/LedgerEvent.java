package ru.netcity.gateway.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import ru.netcity.gateway.domain.EntryKind;

/**
 * One row of the append-only event log. Before it joins the chain it is a draft: seq 0 and no
 * hashes; {@link #chained} fills them in.
 *
 * @param aisEnteredAt school-local, as the AIS reports it, or null
 * @param firstSeenAt UTC, when the gateway first saw this state
 */
record LedgerEvent(
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
    ChangeType change,
    String prevHash,
    String hash) {

  /**
   * A draft event for {@code state}. A deletion keeps the last known value for the reader, but no
   * AIS entry time: nobody knows when it was deleted.
   */
  static LedgerEvent draft(
      String runId,
      String unitKey,
      int schoolId,
      EntryState state,
      ChangeType change,
      LocalDateTime seenAt) {
    return new LedgerEvent(
        schoolId,
        0,
        runId,
        unitKey,
        state.kind(),
        state.entryKey(),
        state.classId(),
        state.lessonDate(),
        state.subject(),
        state.studentId(),
        state.valueText(),
        change == ChangeType.DELETED ? null : state.aisEnteredAt(),
        seenAt,
        change,
        null,
        null);
  }

  /** This event as the next link after {@code prevHash}, with its own hash computed. */
  LedgerEvent chained(long newSeq, String newPrevHash) {
    LedgerEvent unhashed = linked(newSeq, newPrevHash, null);
    return unhashed.linked(newSeq, newPrevHash, EventHash.of(unhashed));
  }

  private LedgerEvent linked(long newSeq, String newPrevHash, String newHash) {
    return new LedgerEvent(
        schoolId,
        newSeq,
        runId,
        unitKey,
        kind,
        entryKey,
        classId,
        lessonDate,
        subject,
        studentId,
        valueText,
        aisEnteredAt,
        firstSeenAt,
        change,
        newPrevHash,
        newHash);
  }
}
