package ru.netcity.gateway.ledger;

import java.time.LocalDate;
import ru.netcity.gateway.domain.EntryKind;

/**
 * One ledger event as a listener sees it.
 *
 * @param seq the event's place in the school's chain: with the school id, the change's identity
 * @param value the entry's value after the change; for a deletion the last known one
 * @param previous the value before (null when added, or when the entry was deleted before)
 */
public record RecordedChange(
    long seq,
    EntryKind kind,
    ChangeType change,
    String entryKey,
    int classId,
    LocalDate lessonDate,
    String subject,
    Integer studentId,
    String value,
    String previous) {

  static RecordedChange of(LedgerEvent event, EntryState prior) {
    String before = prior == null || prior.deleted() ? null : prior.valueText();
    if (event.change() == ChangeType.DELETED) {
      before = event.valueText();
    }
    return new RecordedChange(
        event.seq(),
        event.kind(),
        event.change(),
        event.entryKey(),
        event.classId(),
        event.lessonDate(),
        event.subject(),
        event.studentId(),
        event.valueText(),
        before);
  }
}
