package ru.netcity.gateway.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A class's live entries for one audit, from the compact copy the audits keep (V24): buckets of a
 * month of lesson dates, each as of the ledger event its class was built at. Events after that seq
 * name what changed since: the buckets of their lesson dates are read from {@code entry_state}
 * again, and an entry of another bucket that such an event touched (it moved, or was deleted) makes
 * its bucket read again too; every other bucket is decoded. The order is the one {@link
 * LedgerReader#entries(int, int)} gives, bucket after bucket. A class without a copy, or a ledger
 * that moved on by more than {@link #MAX_EVENTS} events since, is read whole.
 *
 * <p>Reads happen inside the audit's consistent read (as of its ledger head); the rebuilt buckets
 * are written in a transaction per class on the pool's own connection, guarded by the class's
 * previous seq, so two audits at once never leave a copy older than its seq says. The copy is only
 * a cache: a failed write is logged and the next audit reads that class from the ledger again.
 */
final class EntryBuckets {
  private static final Logger LOG = LoggerFactory.getLogger(EntryBuckets.class);

  static final String UNDATED = "undated";

  /** Beyond this many new events a whole read is cheaper than sorting out what they touched. */
  static final long MAX_EVENTS = 250_000;

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  private final LedgerReader reader;
  private final JdbcTemplate snapshot;
  private final JdbcTemplate writes;
  private final TransactionTemplate transaction;
  private final int schoolId;
  private final long headSeq;
  private final Map<Integer, Long> builtSeq = new HashMap<>();

  /** Per class, the buckets events after its seq touched; per key the newest such event's seq. */
  private final Map<Integer, Map<String, Long>> touched = new HashMap<>();

  private final Map<String, Long> keys = new HashMap<>();
  private boolean incremental;

  /** False after a write failed: this audit writes no more (each try could wait for the pool). */
  private boolean saving = true;

  /**
   * @param snapshotDb the audit's consistent read
   * @param pool where the rebuilt buckets are written, each class in its own transaction
   */
  EntryBuckets(DataSource snapshotDb, DataSource pool, int schoolId) {
    this.reader = new LedgerReader(snapshotDb);
    this.snapshot = new JdbcTemplate(snapshotDb);
    this.snapshot.setFetchSize(2000);
    this.writes = new JdbcTemplate(pool);
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
    this.schoolId = schoolId;
    this.headSeq =
        snapshot
            .queryForList("SELECT seq FROM ledger_head WHERE school_id = ?", Long.class, schoolId)
            .stream()
            .findFirst()
            .orElse(0L);
    load();
  }

  private void load() {
    snapshot.query(
        "SELECT class_id, built_seq FROM audit_class_snapshot WHERE school_id = ?",
        rs -> {
          builtSeq.put(rs.getInt(1), rs.getLong(2));
        },
        schoolId);
    long oldest = builtSeq.values().stream().mapToLong(Long::longValue).min().orElse(headSeq);
    incremental = !builtSeq.isEmpty() && headSeq - oldest <= MAX_EVENTS && oldest <= headSeq;
    if (!incremental || oldest == headSeq) {
      return;
    }
    snapshot.query(
        "SELECT seq, entry_key, class_id, lesson_date FROM ledger_event"
            + " WHERE school_id = ? AND seq > ? AND seq <= ?",
        rs -> {
          long seq = rs.getLong(1);
          keys.merge(rs.getString(2), seq, Math::max);
          touched
              .computeIfAbsent(rs.getInt(3), c -> new HashMap<>())
              .merge(bucket(rs.getObject(4, LocalDate.class)), seq, Math::max);
        },
        schoolId,
        oldest,
        headSeq);
  }

  static String bucket(LocalDate lessonDate) {
    return lessonDate == null ? UNDATED : MONTH.format(lessonDate);
  }

  /** The class's live entries, as {@link LedgerReader#entries(int, int)} reads them. */
  List<JournalEntry> of(int classId) {
    Long built = builtSeq.get(classId);
    if (!incremental || built == null || built > headSeq) {
      return whole(classId, built);
    }
    Set<String> dirty = new TreeSet<>();
    touched
        .getOrDefault(classId, Map.of())
        .forEach(
            (bucket, seq) -> {
              if (seq > built) {
                dirty.add(bucket);
              }
            });
    TreeMap<String, byte[]> stored = stored(classId);
    Set<String> buckets = new TreeSet<>(stored.keySet());
    buckets.addAll(dirty);
    List<JournalEntry> entries = new ArrayList<>();
    Map<String, List<JournalEntry>> rebuilt = new LinkedHashMap<>();
    for (String bucket : buckets) {
      List<JournalEntry> part = dirty.contains(bucket) ? null : clean(stored.get(bucket), classId);
      if (part == null) {
        part = reader.bucket(schoolId, classId, bucket);
        rebuilt.put(bucket, part);
      }
      entries.addAll(part);
    }
    save(classId, built, rebuilt, Set.of());
    return entries;
  }

  /** A stored bucket's entries, or null when it must be read again. */
  private List<JournalEntry> clean(byte[] bytes, int classId) {
    Optional<List<JournalEntry>> decoded = BucketCodec.decode(bytes, classId);
    if (decoded.isEmpty()) {
      return null;
    }
    long built = builtSeq.get(classId);
    for (JournalEntry e : decoded.get()) {
      Long seq = keys.get(e.key());
      if (seq != null && seq > built) {
        return null; // moved away or deleted since: read again
      }
    }
    return decoded.get();
  }

  private List<JournalEntry> whole(int classId, Long built) {
    List<JournalEntry> entries = reader.entries(schoolId, classId);
    Map<String, List<JournalEntry>> rebuilt = new LinkedHashMap<>();
    for (JournalEntry e : entries) {
      rebuilt.computeIfAbsent(bucket(e.lessonDate()), b -> new ArrayList<>()).add(e);
    }
    Set<String> gone = storedNames(classId);
    gone.removeAll(rebuilt.keySet());
    save(classId, built, rebuilt, gone);
    return entries;
  }

  private Set<String> storedNames(int classId) {
    return new TreeSet<>(
        snapshot.queryForList(
            "SELECT bucket FROM audit_class_bucket WHERE school_id = ? AND class_id = ?",
            String.class,
            schoolId,
            classId));
  }

  private TreeMap<String, byte[]> stored(int classId) {
    TreeMap<String, byte[]> stored = new TreeMap<>();
    snapshot.query(
        "SELECT bucket, entries FROM audit_class_bucket WHERE school_id = ? AND class_id = ?",
        rs -> {
          stored.put(rs.getString(1), rs.getBytes(2));
        },
        schoolId,
        classId);
    return stored;
  }

  private void save(
      int classId, Long built, Map<String, List<JournalEntry>> rebuilt, Set<String> gone) {
    if (!saving || (built != null && built == headSeq && rebuilt.isEmpty() && gone.isEmpty())) {
      return;
    }
    try {
      transaction.executeWithoutResult(
          status -> {
            if (!claim(classId, built)) {
              status.setRollbackOnly(); // another audit wrote the class meanwhile
              return;
            }
            rebuilt.forEach((bucket, part) -> write(classId, bucket, part));
            gone.forEach(bucket -> delete(classId, bucket));
          });
    } catch (DataAccessException | TransactionException e) {
      saving = false;
      LOG.warn(
          "audit copy of class {} not saved, none more in this audit: {}", classId, e.getMessage());
    }
  }

  /** Moves the class's seq from what this audit read to its own; false when it changed since. */
  private boolean claim(int classId, Long built) {
    if (built == null) {
      try {
        writes.update(
            "INSERT INTO audit_class_snapshot (school_id, class_id, built_seq) VALUES (?, ?, ?)",
            schoolId,
            classId,
            headSeq);
        return true;
      } catch (DuplicateKeyException e) {
        return false;
      }
    }
    return writes.update(
            "UPDATE audit_class_snapshot SET built_seq = ?"
                + " WHERE school_id = ? AND class_id = ? AND built_seq = ?",
            headSeq,
            schoolId,
            classId,
            built)
        == 1;
  }

  private void write(int classId, String bucket, List<JournalEntry> part) {
    if (part.isEmpty()) {
      delete(classId, bucket);
      return;
    }
    byte[] bytes = BucketCodec.encode(part);
    int updated =
        writes.update(
            "UPDATE audit_class_bucket SET entries = ?"
                + " WHERE school_id = ? AND class_id = ? AND bucket = ?",
            bytes,
            schoolId,
            classId,
            bucket);
    if (updated == 0) {
      writes.update(
          "INSERT INTO audit_class_bucket (school_id, class_id, bucket, entries)"
              + " VALUES (?, ?, ?, ?)",
          schoolId,
          classId,
          bucket,
          bytes);
    }
  }

  private void delete(int classId, String bucket) {
    writes.update(
        "DELETE FROM audit_class_bucket WHERE school_id = ? AND class_id = ? AND bucket = ?",
        schoolId,
        classId,
        bucket);
  }
}
