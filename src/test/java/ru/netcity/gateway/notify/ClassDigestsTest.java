package ru.netcity.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.security.Account;
import ru.netcity.gateway.security.Role;
import ru.netcity.gateway.support.TestDatabase;

/** The class teacher's daily digest: absences, low marks and the audit's findings of the day. */
class ClassDigestsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 10, 6);

  private TestDatabase db;
  private JdbcTemplate jdbc;

  @BeforeEach
  void journal() {
    db = TestDatabase.h2();
    jdbc = new JdbcTemplate(db.dataSource());
    for (int[] pupil : new int[][] {{100, 10}, {101, 10}, {200, 20}}) {
      jdbc.update(
          "INSERT INTO roster (school_id, class_id, class_name, student_id, run_id)"
              + " VALUES (1, ?, ?, ?, 'x')",
          pupil[1],
          pupil[1] == 10 ? "7А" : "8Б",
          pupil[0]);
    }
    jdbc.update(
        "INSERT INTO pupil_name (school_id, student_id, name) VALUES (1, 100, 'Орлов Иван')");
    Ledger ledger = new Ledger(db.dataSource(), Clock.systemUTC());
    UnitScope scope = new UnitScope(1, 10, DAY, DAY);
    String run = ledger.startRun(1, 1);
    ledger.recordUnit(
        run,
        scope,
        List.of(
            new Observation(EntryKind.ABSENCE, "ABSENCE:100:1", 10, DAY, "Физика", 100, "Б", null),
            new Observation(EntryKind.MARK, "MARK:1:101", 10, DAY, "Алгебра", 101, "2", null),
            new Observation(EntryKind.MARK, "MARK:2:100", 10, DAY, "Алгебра", 100, "5", null),
            new Observation(
                EntryKind.MARK, "MARK:3:101", 10, DAY.minusDays(0), "Химия", 101, "4", null)));
    ledger.finishRun(run, List.of(scope.key()));
    jdbc.update(
        "INSERT INTO audit_run (id, school_id, rule_set_versions, started_at, finished_at,"
            + " units_done, units_total, incomplete_classes, findings) VALUES ('a1', 1, 'v',"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 1, '', 1)");
    jdbc.update(
        "INSERT INTO audit_finding (run_id, seq, rule_code, clause, severity, rule_set_version,"
            + " school_id, class_id, class_name, lesson_date, evidence, message) VALUES ('a1', 1,"
            + " 'HOMEWORK_WITHIN_5H', '2.2', 'нарушение', 'v', 1, 10, '7А', ?, '{}',"
            + " 'Домашнее задание по алгебре не внесено')",
        java.sql.Date.valueOf(DAY));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void eachClassTeacherGetsHisClassDigestStored() {
    List<Account> accounts =
        List.of(
            new Account("kl7a", Role.CLASS_TEACHER, "Иванова", List.of("7а"), true, 0, null, null),
            new Account("kl8b", Role.CLASS_TEACHER, "Петрова", List.of("8Б"), true, 0, null, null),
            new Account("math", Role.TEACHER, "Сидоров", List.of("7А"), true, 0, null, null),
            new Account("old", Role.CLASS_TEACHER, "Старый", List.of("7А"), false, 0, null, null));

    int made =
        new ClassDigests(
                db.dataSource(),
                () -> accounts,
                Clock.systemUTC(),
                java.time.ZoneId.of("Asia/Tomsk"))
            .make(DAY);
    new ClassDigests(
            db.dataSource(), () -> accounts, Clock.systemUTC(), java.time.ZoneId.of("Asia/Tomsk"))
        .make(DAY); // again

    assertThat(made).isEqualTo(2);
    List<Map<String, Object>> rows =
        jdbc.queryForList("SELECT login, subject, body FROM class_digest ORDER BY login");
    assertThat(rows).extracting(r -> r.get("login")).containsExactly("kl7a", "kl8b");
    String body = (String) rows.get(0).get("body");
    assertThat(rows.get(0).get("subject")).isEqualTo("Сводка по классу 7А за 06.10.2025");
    assertThat(body)
        .contains("- Орлов Иван, Физика: Б")
        .contains("- ученик № 101, Алгебра: 2")
        .contains("- Домашнее задание по алгебре не внесено")
        .doesNotContain("Химия")
        .doesNotContain(": 5");
    assertThat((String) rows.get(1).get("body")).doesNotContain("Орлов").contains("- нет");
  }
}
