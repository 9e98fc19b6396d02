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
 * regulation says are missing or late). One per enabled class teacher and class (V18 class_digest);
 * making the same day again replaces it. Users have no e-mail yet: the digest is stored for them.
 */
public final class ClassDigests {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final JdbcTemplate jdbc;
  private final Supplier<List<Account>> accounts;
  private final Clock clock;
  private final TransactionTemplate tx;
  private final ZoneId zone;

  public ClassDigests(
      DataSource dataSource, Supplier<List<Account>> accounts, Clock clock, ZoneId zone) {
    this.zone = zone;
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
        store(schoolId, classId, className, day, teacher.login(), body(schoolId, classId, day));
        stored++;
      }
    }
    return stored;
  }

  private String body(int schoolId, int classId, LocalDate day) {
    List<String> lines = new ArrayList<>();
    lines.add("Отсутствия:");
    section(
        lines,
        "SELECT e.student_id, e.subject, e.value_text, n.name FROM entry_state e"
            + " LEFT JOIN pupil_name n ON n.school_id = e.school_id AND n.student_id = e.student_id"
            + " WHERE e.school_id = ? AND e.class_id = ? AND e.lesson_date = ?"
            + " AND e.kind = 'ABSENCE' AND e.deleted = FALSE ORDER BY e.student_id, e.subject",
        schoolId,
        classId,
        day);
    lines.add("Отметки «2» и «1»:");
    section(
        lines,
        "SELECT e.student_id, e.subject, e.value_text, n.name FROM entry_state e"
            + " LEFT JOIN pupil_name n ON n.school_id = e.school_id AND n.student_id = e.student_id"
            + " WHERE e.school_id = ? AND e.class_id = ? AND e.lesson_date = ?"
            + " AND e.kind = 'MARK' AND e.value_text IN ('1', '2') AND e.deleted = FALSE"
            + " ORDER BY e.student_id, e.subject",
        schoolId,
        classId,
        day);
    lines.add("Не внесено или внесено с опозданием (по последнему аудиту):");
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
    findings.forEach(f -> lines.add("- " + f));
    if (findings.isEmpty()) {
      lines.add("- нет");
    }
    return String.join("\n", lines);
  }

  private void section(List<String> lines, String sql, int schoolId, int classId, LocalDate day) {
    int before = lines.size();
    jdbc.query(
        sql,
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
    if (lines.size() == before) {
      lines.add("- нет");
    }
  }

  private void store(
      int schoolId, int classId, String className, LocalDate day, String login, String body) {
    jdbc.update(
        "DELETE FROM class_digest WHERE school_id = ? AND class_id = ? AND school_day = ?"
            + " AND login = ?",
        schoolId,
        classId,
        Date.valueOf(day),
        login);
    jdbc.update(
        "INSERT INTO class_digest (school_id, class_id, school_day, login, class_name, subject,"
            + " body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        schoolId,
        classId,
        Date.valueOf(day),
        login,
        className,
        "Сводка по классу " + className + " за " + DAY.format(day),
        body,
        Timestamp.valueOf(LocalDateTime.now(clock.withZone(ZoneOffset.UTC))));
  }
}
