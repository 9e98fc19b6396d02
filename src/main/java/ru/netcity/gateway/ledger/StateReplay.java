package ru.netcity.gateway.ledger;

import java.nio.ByteBuffer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.function.LongConsumer;

/**
 * The current state every entry should have, replayed from the events in seq order, in a compact
 * table (41 bytes per slot, at most 3/4 of the slots used, so a year's 1.4 million entries take
 * under 90 MB): per entry its last seq, whether it is deleted, when its present life was first
 * seen, its AIS entry time and an 8-byte SHA-256 digest of its key and content. Then the stored
 * entry_state rows are held against it one by one.
 *
 * <p>The rules are the writer's: an ADDED (or BASELINE) event after none or after a deletion starts
 * a life and sets first_seen_at; any other event keeps it; a DELETED event keeps the AIS entry time
 * the state had (the event itself has none).
 */
final class StateReplay {
  private static final long NONE = Long.MIN_VALUE;

  private long[] keys = new long[1 << 16];
  private long[] lastSeq = new long[keys.length];
  private long[] firstSeen = new long[keys.length];
  private long[] ais = new long[keys.length];
  private long[] content = new long[keys.length];
  private BitSet used = new BitSet(keys.length);
  private BitSet deleted = new BitSet(keys.length);
  private final BitSet seen = new BitSet();
  private int size;

  /** One event, in seq order. */
  void event(LedgerEvent e) {
    int slot = slot(keyHash(e.entryKey()));
    boolean fresh = !used.get(slot) || deleted.get(slot);
    if (!used.get(slot)) {
      used.set(slot);
      keys[slot] = keyHash(e.entryKey());
      size++;
    }
    lastSeq[slot] = e.seq();
    content[slot] =
        content(
            e.entryKey(),
            e.kind().name(),
            e.classId(),
            e.lessonDate(),
            e.subject(),
            e.studentId(),
            e.valueText());
    if (fresh) {
      firstSeen[slot] = micros(e.firstSeenAt());
    }
    if (e.change() == ChangeType.DELETED) {
      deleted.set(slot);
    } else {
      deleted.clear(slot);
      ais[slot] = micros(e.aisEnteredAt());
    }
    if (size * 4L > keys.length * 3L) { // at most 3/4 full: 2^21 slots (84 MB) hold a year
      grow();
    }
  }

  /**
   * Holds one stored row against the replay; returns 0 when it matches, else the seq to report: the
   * replayed last seq, or the row's own when the replay has no such entry (negated).
   */
  long check(EntryState row) {
    long hash = keyHash(row.entryKey());
    int slot = slot(hash);
    if (!used.get(slot) || seen.get(slot)) {
      return -Math.max(1, row.lastSeq());
    }
    seen.set(slot);
    boolean same =
        lastSeq[slot] == row.lastSeq()
            && deleted.get(slot) == row.deleted()
            && firstSeen[slot] == micros(row.firstSeenAt())
            && ais[slot] == micros(row.aisEnteredAt())
            && content[slot]
                == content(
                    row.entryKey(),
                    row.kind().name(),
                    row.classId(),
                    row.lessonDate(),
                    row.subject(),
                    row.studentId(),
                    row.valueText());
    return same ? 0 : lastSeq[slot];
  }

  /** The last seq of every replayed entry no stored row was held against. */
  void unmatched(LongConsumer lastSeqOfEntry) {
    for (int slot = used.nextSetBit(0); slot >= 0; slot = used.nextSetBit(slot + 1)) {
      if (!seen.get(slot)) {
        lastSeqOfEntry.accept(lastSeq[slot]);
      }
    }
  }

  private int slot(long hash) {
    int mask = keys.length - 1;
    int slot = (int) (hash ^ (hash >>> 32)) & mask;
    while (used.get(slot) && keys[slot] != hash) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldSeq = lastSeq;
    long[] oldFirst = firstSeen;
    long[] oldAis = ais;
    long[] oldContent = content;
    BitSet oldUsed = used;
    BitSet oldDeleted = deleted;
    int capacity = oldKeys.length * 2;
    keys = new long[capacity];
    lastSeq = new long[capacity];
    firstSeen = new long[capacity];
    ais = new long[capacity];
    content = new long[capacity];
    used = new BitSet(capacity);
    deleted = new BitSet(capacity);
    for (int old = oldUsed.nextSetBit(0); old >= 0; old = oldUsed.nextSetBit(old + 1)) {
      int slot = slot(oldKeys[old]);
      used.set(slot);
      keys[slot] = oldKeys[old];
      lastSeq[slot] = oldSeq[old];
      firstSeen[slot] = oldFirst[old];
      ais[slot] = oldAis[old];
      content[slot] = oldContent[old];
      deleted.set(slot, oldDeleted.get(old));
    }
  }

  /** 64-bit FNV-1a with a final mix: a slot, not a proof (the content digest is one). */
  private static long keyHash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  private static long content(Object... fields) {
    return ByteBuffer.wrap(EventHash.digest(fields)).getLong();
  }

  private static long micros(LocalDateTime time) {
    if (time == null) {
      return NONE;
    }
    LocalDateTime t = EventHash.storable(time);
    return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + t.getNano() / 1_000;
  }
}
