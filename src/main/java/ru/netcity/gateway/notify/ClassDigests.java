package ru.netcity.gateway.notify;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.netcity.gateway.security.Account;
import ru.netcity.gateway.security.Role;

/**
 * The class teachers' daily digest of their class for one school day: the absences, the low marks
 * (1 and 2) and what the school's newest audit found for the class that day (the entries the
 * regulation says are missing or late), from the school's template {@code class-digest.txt}. One
 * per enabled class teacher and class (V18 class_digest); making the same day again replaces it,
 * and a digest whose text changed is mailed again ({@link ClassDigestMails} sends them).
 */
public final class ClassDigests {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String ENTRIES =
      "SELECT e.student_id, e.subject, e.value_text, n.name FROM entry_state e"
          + " LEFT JOIN pupil_name n ON n.school_id = e.school_id AND n.student_id = e.student_id"
          + " WHERE e.school_id = ? AND e.class_id = ? AND e.lesson_date = ? AND e.deleted = FALSE"
          + " AND ";

  private final JdbcTemplate jdbc;
  private final Supplier<List<Account>> accounts;
  private final Clock clock;
  private final TransactionTemplate tx;
  private final ZoneId zone;
  private final Templates templates;

  public ClassDigests(
      DataSource dataSource,
      Supplier<List<Account>> accounts,
      Templates templates,
      Clock clock,
      ZoneId zone) {
    this.zone = zone;
    this.templates = templates;
    this.jdbc = new JdbcTemplate(dataSource);
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.accounts = accounts;
    this.clock = clock;
  }

  /** The digests of yesterday in the school's zone (the route's daily call); how many. */
  public int makeForYesterday() {
    return make(LocalDate.now(clock.withZone(zone)).minusDays(1));
  }

  /** Makes the digests of {@code day} in one transaction; returns how many were stored. */
  public int make(LocalDate day) {
    Integer stored = tx.execute(status -> makeAll(day));
    return stored == null ? 0 : stored;
  }

  private int makeAll(LocalDate day) {
    int stored = 0;
    List<Map<String, Object>> classes =
        jdbc.queryForList("SELECT DISTINCT school_id, class_id, class_name FROM roster");
    for (Account teacher : accounts.get()) {
      if (teacher.role() != Role.CLASS_TEACHER || !teacher.enabled()) {
        continue;
      }
      for (Map<String, Object> c : classes) {
        String className = (String) c.get("class_name");
        if (teacher.classes().stream().noneMatch(n -> n.equalsIgnoreCase(className.strip()))) {
          continue;
        }
        int schoolId = ((Number) c.get("school_id")).intValue();
        int classId = ((Number) c.get("class_id")).intValue();
        Templates.Text text =
            templates.classDigest(facts(schoolId, classId, className, day, teacher));
        store(schoolId, classId, className, day, teacher.login(), text);
        stored++;
      }
    }
    return stored;
  }

  private Map<String, String> facts(
      int schoolId, int classId, String className, LocalDate day, Account teacher) {
    List<String> findings =
        jdbc.queryForList(
            "SELECT f.message FROM audit_finding f WHERE f.school_id = ? AND f.class_id = ?"
                + " AND f.lesson_date = ? AND f.run_id = (SELECT r.id FROM audit_run r"
                + " WHERE r.school_id = ? ORDER BY r.finished_at DESC LIMIT 1) ORDER BY f.seq",
            String.class,
            schoolId,
            classId,
            Date.valueOf(day),
            schoolId);
    return Map.of(
        "class", className,
        "date", DAY.format(day),
        "teacher", teacher.displayName(),
        "absences", entries("e.kind = 'ABSENCE'", schoolId, classId, day),
        "lowmarks",
            entries("e.kind = 'MARK' AND e.value_text IN ('1', '2')", schoolId, classId, day),
        "findings", list(findings.stream().map(f -> "- " + f).toList()));
  }

  /** One line per entry: the pupil (or his number when the name is unknown), subject, value. */
  private String entries(String condition, int schoolId, int classId, LocalDate day) {
    List<String> lines = new ArrayList<>();
    jdbc.query(
        ENTRIES + condition + " ORDER BY e.student_id, e.subject",
        rs -> {
          String name = rs.getString(4);
          lines.add(
              "- %s, %s: %s"
                  .formatted(
                      name != null ? name : "ученик № " + rs.getInt(1),
                      rs.getString(2),
                      rs.getString(3)));
        },
        schoolId,
        classId,
        Date.valueOf(day));
    return list(lines);
  }

  private static String list(List<String> lines) {
    return lines.isEmpty() ? "- нет" : String.join("\n", lines);
  }

  /**
   * Replaces the day's digest; one whose text is unchanged keeps its mailed_at (not mailed twice).
   */
  private void store(
      int schoolId,
      int classId,
      String className,
      LocalDate day,
      String login,
      Templates.Text text) {
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
    List<String> before =
        jdbc.queryForList(
            "SELECT body FROM class_digest WHERE school_id = ? AND class_id = ?"
                + " AND school_day = ? AND login = ?",
            String.class,
            schoolId,
            classId,
            Date.valueOf(day),
            login);
    if (before.isEmpty()) {
      jdbc.update(
          "INSERT INTO class_digest (school_id, class_id, school_day, login, class_name, subject,"
              + " body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          schoolId,
          classId,
          Date.valueOf(day),
          login,
          className,
          text.subject(),
          text.body(),
          now);
      return;
    }
    if (before.get(0).equals(text.body())) {
      return;
    }
    jdbc.update(
        "UPDATE class_digest SET class_name = ?, subject = ?, body = ?, created_at = ?,"
            + " mailed_at = NULL WHERE school_id = ? AND class_id = ? AND school_day = ?"
            + " AND login = ?",
        className,
        text.subject(),
        text.body(),
        now,
        schoolId,
        classId,
        Date.valueOf(day),
        login);
  }
}
