package ru.netcity.gateway.ledger;

import ru.netcity.gateway.domain.EntryKind;

/**
 * Re-verifies a school's chain from events read outside the database (an archived snapshot's {@code
 * ledger/events.csv.gz}), in seq order, with the same hash as the ledger's own check.
 */
public final class ChainReplay {
  private final int schoolId;
  private long expected = 1;
  private String prev = EventHash.GENESIS;
  private long broken;

  public ChainReplay(int schoolId) {
    this.schoolId = schoolId;
  }

  /**
   * One archived event, as its fields were stored; dates ({@code yyyy-MM-dd}) and times ({@code
   * yyyy-MM-dd'T'HH:mm:ss.SSSSSS}) as text, hashed as they stand.
   */
  public record Archived(
      int schoolId,
      long seq,
      String runId,
      String unitKey,
      String kind,
      String entryKey,
      int classId,
      String lessonDate,
      String subject,
      Integer studentId,
      String valueText,
      String aisEnteredAt,
      String firstSeenAt,
      String change,
      String prevHash,
      String hash) {}

  public void next(Archived e) {
    if (broken == 0 && !links(e)) {
      broken = expected;
    }
    expected = e.seq() + 1;
    prev = e.hash();
  }

  private boolean links(Archived e) {
    if (e.schoolId() != schoolId || e.seq() != expected || !prev.equals(e.prevHash())) {
      return false;
    }
    try {
      EntryKind.valueOf(e.kind());
      ChangeType.valueOf(e.change());
      return EventHash.ofFields(
              e.prevHash(),
              e.schoolId(),
              e.seq(),
              e.runId(),
              e.unitKey(),
              e.kind(),
              e.entryKey(),
              e.classId(),
              e.lessonDate(),
              e.subject(),
              e.studentId(),
              e.valueText(),
              e.aisEnteredAt(),
              e.firstSeenAt(),
              e.change())
          .equals(e.hash());
    } catch (IllegalArgumentException | NullPointerException unreadable) {
      return false;
    }
  }

  /** The first seq where the chain breaks, or 0 when every event so far links. */
  public long firstBroken() {
    return broken;
  }

  /** The seq of the last event read (0 before any). */
  public long seq() {
    return expected - 1;
  }

  /** The hash of the last event read. */
  public String hash() {
    return prev;
  }
}
