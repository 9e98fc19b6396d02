package ru.netcity.gateway.ledger;

import java.time.LocalDateTime;

/**
 * What a verification of one school's ledger found: the chain recomputed, the current state
 * replayed from the events, the head compared with ledger_head and with every anchor.
 *
 * @param events how many events were read
 * @param headSeq the seq of the last event (0 before any)
 * @param headHash its hash
 * @param firstBrokenSeq the first seq where the ledger is wrong; 0 when intact
 * @param problem what is wrong there; null when intact
 * @param detail the entry key or the anchor's time the problem names; may be null
 * @param at UTC time of the verification
 * @param fromSeq the first seq whose hash this verification recomputed: 1 for the whole chain,
 *     above 1 for a check of the events after an earlier intact verification ({@link
 *     LedgerVerifier#verifyNew})
 */
public record Verification(
    int schoolId,
    long events,
    long headSeq,
    String headHash,
    long firstBrokenSeq,
    Problem problem,
    String detail,
    LocalDateTime at,
    long fromSeq) {

  /** A verification of the whole chain. */
  public Verification(
      int schoolId,
      long events,
      long headSeq,
      String headHash,
      long firstBrokenSeq,
      Problem problem,
      String detail,
      LocalDateTime at) {
    this(schoolId, events, headSeq, headHash, firstBrokenSeq, problem, detail, at, 1);
  }

  /** Whether it recomputed the whole chain and replayed every entry's state. */
  public boolean whole() {
    return fromSeq <= 1;
  }

  /** The kinds of damage, in the words the command line shows (Russian) and the log writes. */
  public enum Problem {
    MISSING_SEQ("нет события с этим номером (удалено)", "an event is missing"),
    HASH_MISMATCH(
        "событие не сходится со своим хэшем или с предыдущим звеном (изменено)",
        "the event does not match its hash or the previous link"),
    HEAD_MISMATCH(
        "голова цепочки (ledger_head) не совпадает с последним событием",
        "ledger_head does not match the last event"),
    ANCHOR_MISMATCH(
        "событие не совпадает с якорем, записанным вне базы", "the event differs from an anchor"),
    BEHIND_ANCHOR(
        "журнал короче, чем записано в якоре вне базы (хвост удалён)",
        "the ledger ends before an anchored head (its tail was cut)"),
    STATE_DIFFERS(
        "текущее состояние записи не совпадает с воспроизведением событий",
        "entry_state differs from the replay of the events"),
    STATE_MISSING(
        "у записи есть события, но нет текущего состояния",
        "an entry with events has no entry_state row"),
    STATE_WITHOUT_EVENTS(
        "текущее состояние записи не подкреплено событиями", "an entry_state row has no events");

    private final String russian;
    private final String english;

    Problem(String russian, String english) {
      this.russian = russian;
      this.english = english;
    }
  }

  public boolean intact() {
    return problem == null;
  }

  /** The result for people (Russian), one line. */
  public String message() {
    if (intact() && !whole()) {
      return ("Журнал школы %d цел: проверены новые события с seq %d (%d), последнее seq %d"
              + " (sha256 %s), проверено %sZ.")
          .formatted(schoolId, fromSeq, events, headSeq, headHash, EventHash.time(at));
    }
    if (intact()) {
      return "Журнал школы %d цел: %d событий, последнее seq %d (sha256 %s), проверено %sZ."
          .formatted(schoolId, events, headSeq, headHash, EventHash.time(at));
    }
    return "Журнал школы %d ПОВРЕЖДЁН: первое нарушение на seq %d: %s%s."
        .formatted(
            schoolId, firstBrokenSeq, problem.russian, detail == null ? "" : " (" + detail + ")");
  }

  /** The result for the log (English, ids only). */
  public String describe() {
    if (intact() && !whole()) {
      return "ledger of school %d intact: %d new events checked from seq %d, head seq %d sha256 %s"
          .formatted(schoolId, events, fromSeq, headSeq, headHash);
    }
    if (intact()) {
      return "ledger of school %d intact: %d events, head seq %d sha256 %s"
          .formatted(schoolId, events, headSeq, headHash);
    }
    return "ledger of school %d BROKEN at seq %d: %s%s"
        .formatted(
            schoolId, firstBrokenSeq, problem.english, detail == null ? "" : " (" + detail + ")");
  }
}
