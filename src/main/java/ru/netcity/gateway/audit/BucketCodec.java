package ru.netcity.gateway.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.netcity.gateway.domain.EntryKind;

/**
 * The bytes of one bucket of a class's live entries ({@link EntryBuckets}), in the order read:
 * version, a table of the kinds and subjects it names, then per entry its kind and subject (indexes
 * into the table), key, lesson date, student, value and AIS entry time. The class is the bucket's.
 */
final class BucketCodec {
  /** Bumped when the layout changes: a bucket of another version is read from the ledger again. */
  static final byte VERSION = 1;

  private static final int NONE = Integer.MIN_VALUE;

  private BucketCodec() {}

  static byte[] encode(List<JournalEntry> entries) {
    Map<String, Integer> names = new LinkedHashMap<>();
    for (JournalEntry e : entries) {
      names.putIfAbsent(e.kind().name(), names.size());
      if (e.subject() != null) {
        names.putIfAbsent(e.subject(), names.size());
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + entries.size() * 48);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeInt(names.size());
      for (String name : names.keySet()) {
        text(out, name);
      }
      out.writeInt(entries.size());
      for (JournalEntry e : entries) {
        out.writeShort(names.get(e.kind().name()));
        out.writeShort(e.subject() == null ? -1 : names.get(e.subject()));
        text(out, e.key());
        out.writeInt(e.lessonDate() == null ? NONE : (int) e.lessonDate().toEpochDay());
        out.writeInt(e.studentId() == null ? NONE : e.studentId());
        text(out, e.value());
        time(out, e.aisEnteredAt());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The entries, or empty when the bytes are of another layout version. */
  static Optional<List<JournalEntry>> decode(byte[] bytes, int classId) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    if (in.get() != VERSION) {
      return Optional.empty();
    }
    String[] names = new String[in.getInt()];
    for (int i = 0; i < names.length; i++) {
      names[i] = text(in);
    }
    EntryKind[] kinds = new EntryKind[names.length];
    int count = in.getInt();
    List<JournalEntry> entries = new ArrayList<>(count);
    // a bucket repeats its days, pupils and short values (marks, letters) thousands of times:
    // one object each keeps the audit's garbage, and its collections, small
    Map<Integer, LocalDate> days = new HashMap<>();
    Map<Integer, Integer> students = new HashMap<>();
    Map<String, String> shortValues = new HashMap<>();
    for (int i = 0; i < count; i++) {
      int kind = in.getShort();
      if (kinds[kind] == null) {
        kinds[kind] = EntryKind.valueOf(names[kind]);
      }
      int subject = in.getShort();
      String key = text(in);
      int day = in.getInt();
      int student = in.getInt();
      String value = text(in);
      entries.add(
          new JournalEntry(
              kinds[kind],
              key,
              classId,
              day == NONE ? null : days.computeIfAbsent(day, LocalDate::ofEpochDay),
              subject < 0 ? null : names[subject],
              student == NONE ? null : students.computeIfAbsent(student, s -> s),
              value != null && value.length() <= 3
                  ? shortValues.computeIfAbsent(value, v -> v)
                  : value,
              time(in),
              null));
    }
    return Optional.of(entries);
  }

  private static void text(DataOutputStream out, String value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String text(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0) {
      return null;
    }
    String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return value;
  }

  private static void time(DataOutputStream out, LocalDateTime value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeLong(value.toEpochSecond(ZoneOffset.UTC));
      out.writeInt(value.getNano());
    }
  }

  private static LocalDateTime time(ByteBuffer in) {
    if (in.get() == 0) {
      return null;
    }
    long seconds = in.getLong();
    return LocalDateTime.ofEpochSecond(seconds, in.getInt(), ZoneOffset.UTC);
  }
}
