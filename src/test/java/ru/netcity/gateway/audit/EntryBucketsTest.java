package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.ledger.ConsistentRead;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.support.TestDatabase;

/**
 * The audit's copy of the live entries (V24): after the ledger changes (a value edited, an entry
 * moved to another month, one deleted, a new month) the copy gives exactly what {@code entry_state}
 * holds, in its order; a class no new event touched is decoded from the copy, not read again.
 */
class EntryBucketsTest {
  private static final int SCHOOL = 1001;
  private static final int CLASS_A = 7001;
  private static final int CLASS_B = 7002;
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-12-01T00:00:00Z"), ZoneOffset.UTC);
  private static final UnitScope A_AUTUMN =
      new UnitScope(SCHOOL, CLASS_A, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 30));
  private static final UnitScope B_AUTUMN =
      new UnitScope(SCHOOL, CLASS_B, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 30));

  @Test
  void onH2TheCopyFollowsTheLedger() {
    try (TestDatabase db = TestDatabase.h2()) {
      theCopyFollowsTheLedger(db.dataSource());
    }
  }

  @Test
  void onPostgresTheCopyFollowsTheLedger() {
    try (TestDatabase db = TestDatabase.postgres("entry_buckets")) {
      theCopyFollowsTheLedger(db.dataSource());
    }
  }

  @Test
  void aCopyThatCannotBeWrittenLeavesTheAuditsReadAsItIsAndIsTriedOnce() {
    try (TestDatabase db = TestDatabase.h2()) {
      Ledger ledger = new Ledger(db.dataSource(), CLOCK);
      night(ledger, classA(), classB());
      AtomicInteger tries = new AtomicInteger();
      DataSource noConnection =
          new DelegatingDataSource(db.dataSource()) {
            @Override
            public Connection getConnection() throws SQLException {
              tries.incrementAndGet();
              throw new SQLException("pool exhausted");
            }
          };
      List<JournalEntry> read =
          new ConsistentRead(db.dataSource())
              .run(
                  snapshot -> {
                    EntryBuckets buckets = new EntryBuckets(snapshot, noConnection, SCHOOL);
                    List<JournalEntry> both = new ArrayList<>(buckets.of(CLASS_A));
                    both.addAll(buckets.of(CLASS_B));
                    return both;
                  });
      List<JournalEntry> direct = new ArrayList<>(direct(db.dataSource(), CLASS_A));
      direct.addAll(direct(db.dataSource(), CLASS_B));
      assertThat(read).isEqualTo(direct);
      assertThat(tries).hasValue(1);
    }
  }

  @Test
  void theCodecKeepsEveryFieldAndRefusesAnotherLayout() {
    List<JournalEntry> entries =
        List.of(
            new JournalEntry(
                EntryKind.MARK,
                "MARK:1:2",
                CLASS_A,
                LocalDate.of(2025, 9, 5),
                "Русский язык",
                10001,
                "5",
                LocalDateTime.of(2025, 9, 5, 14, 30, 15, 123_000_000),
                null),
            new JournalEntry(
                EntryKind.TERM,
                "TERM:1",
                CLASS_A,
                null,
                null,
                null,
                "x".repeat(70_000),
                null,
                null));
    byte[] bytes = BucketCodec.encode(entries);
    assertThat(BucketCodec.decode(bytes, CLASS_A)).contains(entries);
    byte[] other = Arrays.copyOf(bytes, bytes.length);
    other[0] = (byte) (BucketCodec.VERSION + 1);
    assertThat(BucketCodec.decode(other, CLASS_A)).isEmpty();
  }

  private static void theCopyFollowsTheLedger(DataSource db) {
    Ledger ledger = new Ledger(db, CLOCK);
    List<Observation> a = new ArrayList<>(classA());
    night(ledger, a, classB());
    assertThat(buckets(db, CLASS_A)).containsExactlyInAnyOrderElementsOf(direct(db, CLASS_A));
    assertThat(buckets(db, CLASS_B)).containsExactlyInAnyOrderElementsOf(direct(db, CLASS_B));

    // class B's September as the copy holds it is replaced: only a read of the copy shows it
    JournalEntry planted =
        new JournalEntry(
            EntryKind.MARK,
            "MARK:planted",
            CLASS_B,
            LocalDate.of(2025, 9, 2),
            "Физика",
            3,
            "2",
            null,
            null);
    new JdbcTemplate(db)
        .update(
            "UPDATE audit_class_bucket SET entries = ? WHERE class_id = ? AND bucket = '2025-09'",
            BucketCodec.encode(List.of(planted)),
            CLASS_B);

    // class A: the 20 September mark edited, the 3 October mark moved to 10 November (October
    // itself sees no event), the 5 September mark gone (missed twice, then confirmed), a new
    // entry in November
    a.set(1, mark("MARK:2", LocalDate.of(2025, 9, 20), 10001, "3"));
    a.set(2, mark("MARK:3", LocalDate.of(2025, 11, 10), 10002, "5"));
    a.remove(0);
    a.add(mark("MARK:5", LocalDate.of(2025, 11, 12), 10003, "5"));
    assertThat(night(ledger, a, classB())).isZero();
    assertThat(night(ledger, a, classB())).isEqualTo(1);

    List<JournalEntry> copied = buckets(db, CLASS_A);
    assertThat(copied).containsExactlyInAnyOrderElementsOf(direct(db, CLASS_A));
    // month by month; within a month H2 gives the scope index's order, PostgreSQL its plan's
    assertThat(copied.subList(0, 2))
        .extracting(JournalEntry::key)
        .containsExactlyInAnyOrder("LESSON:1", "MARK:2");
    assertThat(copied.subList(2, 4))
        .extracting(JournalEntry::key)
        .containsExactlyInAnyOrder("MARK:3", "MARK:5");
    List<JournalEntry> b = buckets(db, CLASS_B);
    assertThat(b).contains(planted).isNotEqualTo(direct(db, CLASS_B));
    // once the copy is dropped, the class is read from the ledger again
    new JdbcTemplate(db).update("DELETE FROM audit_class_snapshot WHERE class_id = ?", CLASS_B);
    assertThat(buckets(db, CLASS_B))
        .containsExactlyInAnyOrderElementsOf(direct(db, CLASS_B))
        .doesNotContain(planted);
  }

  /** A night's sync of both classes; returns the deletions it confirmed in class A. */
  private static int night(Ledger ledger, List<Observation> a, List<Observation> b) {
    String run = ledger.startRun(SCHOOL, 2);
    ledger.recordUnit(run, A_AUTUMN, a);
    ledger.recordUnit(run, B_AUTUMN, b);
    int deleted =
        ledger.confirmDeletions(run, A_AUTUMN, ledger.deletionCandidates(SCHOOL, A_AUTUMN));
    ledger.finishRun(run, List.of(A_AUTUMN.key(), B_AUTUMN.key()));
    return deleted;
  }

  private static List<JournalEntry> buckets(DataSource db, int classId) {
    return new ConsistentRead(db).run(read -> new EntryBuckets(read, db, SCHOOL).of(classId));
  }

  private static List<JournalEntry> direct(DataSource db, int classId) {
    return new LedgerReader(db).entries(SCHOOL, classId);
  }

  private static List<Observation> classA() {
    return List.of(
        mark("MARK:1", LocalDate.of(2025, 9, 5), 10001, "5"),
        mark("MARK:2", LocalDate.of(2025, 9, 20), 10001, "4"),
        mark("MARK:3", LocalDate.of(2025, 10, 3), 10002, "5"),
        new Observation(
            EntryKind.LESSON,
            "LESSON:1",
            CLASS_A,
            LocalDate.of(2025, 9, 5),
            "Алгебра",
            null,
            "1|08:30-09:10|Алгебра",
            null));
  }

  private static List<Observation> classB() {
    return List.of(
        new Observation(
            EntryKind.MARK,
            "MARK:b1",
            CLASS_B,
            LocalDate.of(2025, 9, 8),
            "Физика",
            20001,
            "4",
            LocalDateTime.of(2025, 9, 8, 15, 0)));
  }

  private static Observation mark(String key, LocalDate date, int student, String value) {
    return new Observation(
        EntryKind.MARK, key, CLASS_A, date, "Алгебра", student, value, date.atTime(15, 0));
  }
}
