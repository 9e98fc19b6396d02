package ru.netcity.gateway.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.domain.Observation;

/** One row of entry_state: the current state of one entry, as the last event left it. */
record EntryState(
    String entryKey,
    EntryKind kind,
    int classId,
    LocalDate lessonDate,
    String subject,
    Integer studentId,
    String valueText,
    LocalDateTime aisEnteredAt,
    LocalDateTime firstSeenAt,
    long lastSeq,
    int missingCount,
    boolean deleted) {

  /**
   * The state a pull shows. {@code firstSeenAt} stays that of the entry, unless it had been deleted
   * and came back; a pull that lacks the AIS entry time (the access report was not read) keeps the
   * known one when nothing else changed, see {@link UnitDiff}.
   */
  static EntryState seen(Observation o, EntryState prior, LocalDateTime now) {
    boolean fresh = prior == null || prior.deleted();
    return new EntryState(
        o.key(),
        o.kind(),
        o.classId(),
        o.lessonDate(),
        o.subject(),
        o.studentId(),
        o.value(),
        EventHash.storable(o.aisEnteredAt()),
        fresh ? now : prior.firstSeenAt(),
        0,
        0,
        false);
  }

  EntryState withLastSeq(long seq) {
    return new EntryState(
        entryKey,
        kind,
        classId,
        lessonDate,
        subject,
        studentId,
        valueText,
        aisEnteredAt,
        firstSeenAt,
        seq,
        0,
        deleted);
  }
}
