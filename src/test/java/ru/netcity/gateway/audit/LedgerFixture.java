package ru.netcity.gateway.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.audit.ruleset.RuleSetLoader;
import ru.netcity.gateway.audit.ruleset.RuleSets;
import ru.netcity.gateway.ledger.Verification;
import ru.netcity.gateway.support.TestDatabase;

/**
 * A hand-made ledger on H2 for the rules' boundary tests: rows go straight into the ledger's tables
 * in the formats the sync writes, and {@link #audit} runs the real job over them.
 */
final class LedgerFixture implements AutoCloseable {
  static final int SCHOOL = 1001;
  static final int CLASS = 7001;
  static final String RUN = "00000000-0000-0000-0000-000000000001";
  static final ZoneId ZONE = ZoneId.of("Asia/Tomsk");

  /**
   * The rules' fixtures write states and events by hand, without a hash chain: they pass as
   * verified (the verification has tests of its own).
   */
  static final LedgerGate UNCHECKED =
      new LedgerGate() {
        @Override
        public Verification verify(DataSource snapshot, int schoolId) {
          return new Verification(schoolId, 0, 0, "", 0, null, null, LocalDateTime.MIN);
        }

        @Override
        public void record(Verification verification) {}
      };

  private final TestDatabase db;
  private final JdbcTemplate jdbc;
  private long seq;

  /** A finished complete sync run at {@code syncedAt} (UTC) and a roster of the class. */
  LedgerFixture(LocalDateTime syncedAt, int... students) {
    this(TestDatabase.h2(), syncedAt, students);
  }

  /** The same on a database of the caller's choice (closed with the fixture). */
  LedgerFixture(TestDatabase db, LocalDateTime syncedAt, int... students) {
    this.db = db;
    this.jdbc = new JdbcTemplate(db.dataSource());
    jdbc.update(
        "INSERT INTO sync_run (id, school_id, started_at, finished_at, status, complete,"
            + " units_total, units_done) VALUES (?, ?, ?, ?, 'FINISHED', TRUE, 0, 0)",
        RUN,
        SCHOOL,
        syncedAt.minusHours(1),
        syncedAt);
    for (int s : students) {
      jdbc.update(
          "INSERT INTO roster (school_id, class_id, class_name, student_id, run_id)"
              + " VALUES (?, ?, '7А', ?, ?)",
          SCHOOL,
          CLASS,
          s,
          RUN);
    }
  }

  LedgerFixture unit(LocalDate from, LocalDate to, String status) {
    return unitIn(CLASS, from, to, status);
  }

  /** A work unit of another class of the school. */
  LedgerFixture unitIn(int classId, LocalDate from, LocalDate to, String status) {
    jdbc.update(
        "INSERT INTO work_unit (run_id, unit_key, school_id, class_id, window_from, window_to,"
            + " status, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        RUN,
        SCHOOL + ":" + classId + ":" + from + ":" + to,
        SCHOOL,
        classId,
        from,
        to,
        status,
        LocalDateTime.of(2026, 1, 1, 0, 0));
    jdbc.update("UPDATE sync_run SET units_total = units_total + 1 WHERE id = ?", RUN);
    return this;
  }

  LedgerFixture term(int id, String name, LocalDate start, LocalDate end) {
    return entry(
        "TERM",
        "TERM:" + CLASS + ":" + id,
        start,
        null,
        null,
        name + "|" + start + "|" + end,
        null);
  }

  LedgerFixture lesson(
      long id, LocalDate date, int number, String start, String end, String subject) {
    return lessonIn(CLASS, id, date, number, start, end, subject);
  }

  /** A lesson of another class of the school ({@code start}, {@code end} empty: no times). */
  LedgerFixture lessonIn(
      int classId, long id, LocalDate date, int number, String start, String end, String subject) {
    return entry(
        classId,
        "LESSON",
        "LESSON:" + id,
        date,
        subject,
        null,
        number + "|" + start + "-" + end + "|" + subject + "|",
        null);
  }

  /**
   * A group's lesson of the subject at bell {@code number} on each given weekday between two days:
   * only the given students' diaries show it (the ids after the room, as the sync records them).
   */
  LedgerFixture groupWeekly(
      String subject, int number, int[] group, LocalDate from, LocalDate to, DayOfWeek... days) {
    Set<DayOfWeek> on = Set.of(days);
    StringBuilder ids = new StringBuilder();
    for (int s : group) {
      ids.append(ids.isEmpty() ? "" : ",").append(s);
    }
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (on.contains(d.getDayOfWeek())) {
        entry(
            "LESSON",
            "LESSON:" + lessonIds++,
            d,
            subject,
            null,
            number + "|08:30-09:10|" + subject + "||" + ids,
            null);
      }
    }
    return this;
  }

  /** A lesson of the subject at bell {@code number} on each given weekday between two days. */
  LedgerFixture weekly(
      String subject, int number, LocalDate from, LocalDate to, DayOfWeek... days) {
    Set<DayOfWeek> on = Set.of(days);
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (on.contains(d.getDayOfWeek())) {
        lesson(lessonIds++, d, number, "08:30", "09:10", subject);
      }
    }
    return this;
  }

  private long lessonIds = 900_000_000L;

  LedgerFixture topic(LocalDate date, int number, String subject, LocalDateTime at) {
    String key = "TOPIC:%d:%s:%d:%s".formatted(CLASS, date, number, subject);
    return entry("TOPIC", key, date, subject, null, "Тема", at);
  }

  /** The {@code n}-th group's topic record at a bell both groups share (keyed {@code #n}). */
  LedgerFixture groupTopic(LocalDate date, int number, String subject, int n, LocalDateTime at) {
    String key = "TOPIC:%d:%s:%d:%s#%d".formatted(CLASS, date, number, subject, n);
    return entry("TOPIC", key, date, subject, null, "Тема", at);
  }

  LedgerFixture homework(long id, LocalDate date, String subject, LocalDateTime at) {
    return entry("HOMEWORK", "HOMEWORK:" + id, date, subject, null, "§1", at);
  }

  LedgerFixture mark(
      long assignment, int student, LocalDate date, String subject, LocalDateTime at) {
    return entry("MARK", "MARK:" + assignment + ":" + student, date, subject, student, "4", at);
  }

  LedgerFixture absence(int student, LocalDate date, int number, String subject, String code) {
    String key = "ABSENCE:%d:%s:%d".formatted(student, date, number);
    return entry("ABSENCE", key, date, subject, student, code, date.atTime(9, 0));
  }

  LedgerFixture absence(int student, LocalDate date, int number, String subject, LocalDateTime at) {
    String key = "ABSENCE:%d:%s:%d".formatted(student, date, number);
    return entry("ABSENCE", key, date, subject, student, "Н", at);
  }

  LedgerFixture work(long assignment, LocalDate date, int number, String subject, int... students) {
    String ids =
        IntStream.of(students).mapToObj(Integer::toString).collect(Collectors.joining(","));
    return entry(
        "WORK", "WORK:" + assignment, date, subject, null, "CONTROL|" + number + "|" + ids, null);
  }

  LedgerFixture termMark(
      int student, String subject, String term, LocalDate end, LocalDateTime at) {
    String key = "TERM_MARK:%d:%s:%s".formatted(student, subject, term);
    return entry("TERM_MARK", key, end, subject, student, "5", at);
  }

  /** A mark of a given value. */
  LedgerFixture mark(long assignment, int student, LocalDate date, String subject, int value) {
    String key = "MARK:" + assignment + ":" + student;
    return entry("MARK", key, date, subject, student, "" + value, date.atTime(9, 0));
  }

  /** A term mark of a given value, entered on the term's last day. */
  LedgerFixture termMark(int student, String subject, String term, LocalDate end, int value) {
    String key = "TERM_MARK:%d:%s:%s".formatted(student, subject, term);
    return entry("TERM_MARK", key, end, subject, student, "" + value, end.atTime(15, 0));
  }

  /**
   * Who taught a lesson, as the sync records it from the journal log: a group's lesson names the
   * students whose diary shows it.
   */
  LedgerFixture teacher(
      long lesson, LocalDate date, int number, String subject, String name, int... group) {
    String ids = IntStream.of(group).mapToObj(Integer::toString).collect(Collectors.joining(","));
    String value = number + "|" + name + (ids.isEmpty() ? "" : "|" + ids);
    return entry("TEACHER", "TEACHER:" + lesson, date, subject, null, value, null);
  }

  /** A history event of an entry (CHANGED or DELETED) the gateway saw at {@code seenUtc}. */
  LedgerFixture event(
      String change,
      String key,
      LocalDate date,
      String subject,
      Integer student,
      LocalDateTime ais,
      LocalDateTime seenUtc) {
    jdbc.update(
        "INSERT INTO ledger_event (school_id, seq, run_id, unit_key, kind, entry_key, class_id,"
            + " lesson_date, subject, student_id, value_text, ais_entered_at, first_seen_at,"
            + " change, prev_hash, hash) VALUES (?, ?, ?, 'u', 'MARK', ?, ?, ?, ?, ?, '4', ?, ?, ?,"
            + " 'p', 'h')",
        SCHOOL,
        ++seq,
        RUN,
        key,
        CLASS,
        date,
        subject,
        student,
        ais,
        seenUtc,
        change);
    return this;
  }

  /**
   * A journal log write on an entry after its first entry ({@code REVISION}): the entry's kind,
   * CHANGED or DELETED, and the write's school time.
   */
  LedgerFixture revision(
      String kind,
      String change,
      LocalDate date,
      String subject,
      Integer student,
      LocalDateTime at) {
    String key = revisionKey(kind, date, student, at);
    return entry("REVISION", key, date, subject, student, kind + "|" + change + "|4→5", at);
  }

  /** The key {@link #revision} gives a write. */
  static String revisionKey(String kind, LocalDate date, Integer student, LocalDateTime at) {
    return "REVISION:%d:%s:%s:%s:%s".formatted(CLASS, date, student, kind, at);
  }

  /**
   * Who made the entry (or revision) of that key when it was not the lesson's teacher, as the sync
   * records it from the journal log's user.
   */
  LedgerFixture author(
      String entryKey,
      LocalDate date,
      String subject,
      Integer student,
      String name,
      LocalDateTime at) {
    return entry("AUTHOR", "AUTHOR:" + entryKey, date, subject, student, name, at);
  }

  LedgerFixture deleted(String key) {
    jdbc.update("UPDATE entry_state SET deleted = TRUE WHERE entry_key = ?", key);
    return this;
  }

  private LedgerFixture entry(
      String kind,
      String key,
      LocalDate date,
      String subject,
      Integer student,
      String value,
      LocalDateTime at) {
    return entry(CLASS, kind, key, date, subject, student, value, at);
  }

  private LedgerFixture entry(
      int classId,
      String kind,
      String key,
      LocalDate date,
      String subject,
      Integer student,
      String value,
      LocalDateTime at) {
    jdbc.update(
        "INSERT INTO entry_state (school_id, entry_key, kind, class_id, lesson_date, subject,"
            + " student_id, value_text, ais_entered_at, first_seen_at, last_seq)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        SCHOOL,
        key,
        kind,
        classId,
        date,
        subject,
        student,
        value,
        at,
        LocalDateTime.of(2026, 6, 1, 0, 0),
        ++seq);
    return this;
  }

  List<Finding> audit() {
    return audit(UnaryOperator.identity(), CorrectionRegister.NONE);
  }

  /** Audits with the packaged rule set edited by {@code edit} (text replacements). */
  List<Finding> audit(UnaryOperator<String> edit, CorrectionRegister corrections) {
    RuleSets sets =
        new RuleSets(
            List.of(
                RuleSetLoader.parse(
                    new ByteArrayInputStream(
                        edit.apply(ruleSetText()).getBytes(StandardCharsets.UTF_8)),
                    "edited")));
    AuditJob job =
        new AuditJob(
            db.dataSource(),
            () -> sets,
            ZONE,
            Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZoneId.of("UTC")),
            corrections,
            UNCHECKED);
    AuditRun run = job.run(SCHOOL);
    return new AuditStore(db.dataSource()).findings(run.id(), FindingFilter.ALL);
  }

  AuditRun auditRun() {
    return auditRun(UNCHECKED);
  }

  /** Audits with the packaged rule set, asking {@code gate} before reading. */
  AuditRun auditRun(LedgerGate gate) {
    RuleSets sets = RuleSetLoader.load(Path.of("config/rules"));
    return new AuditJob(
            db.dataSource(),
            () -> sets,
            ZONE,
            Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZoneId.of("UTC")),
            CorrectionRegister.NONE,
            gate)
        .run(SCHOOL);
  }

  static String ruleSetText() {
    try {
      return Files.readString(Path.of("config/rules/school-2025.yaml"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  javax.sql.DataSource dataSource() {
    return db.dataSource();
  }

  @Override
  public void close() {
    db.close();
  }
}
