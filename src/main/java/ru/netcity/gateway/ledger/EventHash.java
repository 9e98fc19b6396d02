package ru.netcity.gateway.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of one chain link: lowercase hex SHA-256 over a canonical encoding of prev_hash and the
 * event's fields.
 *
 * <p>Encoding (version 1), so that no two different events share bytes: the ASCII tag {@code
 * netcity-ledger-v1}, then each field in a fixed order, as {@code 0x00} for null or {@code 0x01}, a
 * 4-byte big-endian byte length and the UTF-8 text. Numbers are decimal, dates ISO-8601, times
 * {@code uuuu-MM-dd'T'HH:mm:ss.SSSSSS} (both engines store microseconds, so that is what a
 * re-computation can see). Field order: prev_hash, school_id, seq, run_id, unit_key, kind,
 * entry_key, class_id, lesson_date, subject, student_id, value_text, ais_entered_at, first_seen_at,
 * change. Changing any of this breaks every stored chain: add a v2 instead.
 */
final class EventHash {

  /** prev_hash of a school's first event. */
  static final String GENESIS = "0".repeat(64);

  private static final byte[] TAG = "netcity-ledger-v1".getBytes(StandardCharsets.US_ASCII);

  /** One digest per thread, reused: {@link MessageDigest#digest()} resets it. */
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(EventHash::sha256);

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

  private EventHash() {}

  static String of(LedgerEvent e) {
    return ofFields(
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
        time(e.aisEnteredAt()),
        time(e.firstSeenAt()),
        e.change());
  }

  /**
   * The hash of the fields in the order above, each as its text ({@code toString}); dates and times
   * may be given as their text in this encoding's formats (an archive's events are).
   */
  static String ofFields(Object... fields) {
    return HexFormat.of().formatHex(digest(fields));
  }

  /** The raw SHA-256 of the fields in this encoding (the replay of entry states keeps 8 bytes). */
  static byte[] digest(Object... fields) {
    MessageDigest sha = SHA256.get();
    sha.reset(); // in case an earlier call failed halfway
    sha.update(TAG);
    for (Object field : fields) {
      field(sha, field);
    }
    return sha.digest();
  }

  /** The precision both engines keep; values are cut to it before they are stored or hashed. */
  static LocalDateTime storable(LocalDateTime time) {
    return time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
  }

  static String time(LocalDateTime time) {
    return time == null ? null : TIME.format(storable(time));
  }

  private static void field(MessageDigest sha, Object value) {
    if (value == null) {
      sha.update((byte) 0);
      return;
    }
    byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
    sha.update(
        new byte[] {
          1,
          (byte) (text.length >>> 24),
          (byte) (text.length >>> 16),
          (byte) (text.length >>> 8),
          (byte) text.length
        });
    sha.update(text);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
