package ru.netcity.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.security.Account;
import ru.netcity.gateway.security.Role;
import ru.netcity.gateway.support.TestDatabase;

/**
 * The class teacher's daily digest: absences, low marks and the audit's findings of the day, from
 * the template; made again, it keeps its mailed state unless its text changed.
 */
class ClassDigestsTest {
  private static final LocalDate DAY = DigestJournal.DAY;

  private TestDatabase db;
  private JdbcTemplate jdbc;

  @BeforeEach
  void journal() {
    db = TestDatabase.h2();
    jdbc = new JdbcTemplate(db.dataSource());
    DigestJournal.fill(db.dataSource());
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

    ClassDigests digests =
        new ClassDigests(
            db.dataSource(),
            () -> accounts,
            new Templates(Path.of("config", "notify")),
            Clock.systemUTC(),
            ZoneId.of("Asia/Tomsk"));
    int made = digests.make(DAY);
    jdbc.update("UPDATE class_digest SET mailed_at = CURRENT_TIMESTAMP");
    digests.make(DAY); // again, the same text: still mailed
    assertThat(jdbc.queryForList("SELECT mailed_at FROM class_digest", Object.class))
        .doesNotContainNull();

    assertThat(made).isEqualTo(2);
    List<Map<String, Object>> rows =
        jdbc.queryForList("SELECT login, subject, body FROM class_digest ORDER BY login");
    assertThat(rows).extracting(r -> r.get("login")).containsExactly("kl7a", "kl8b");
    String body = (String) rows.get(0).get("body");
    assertThat(rows.get(0).get("subject")).isEqualTo("Сводка по классу 7А за 06.10.2025");
    assertThat(body)
        .startsWith("Здравствуйте, Иванова!")
        .contains("Отсутствия:\n- Орлов Иван, Физика: Б\n")
        .contains("- ученик № 101, Алгебра: 2")
        .contains("- Домашнее задание по алгебре не внесено")
        .doesNotContain("Химия")
        .doesNotContain(": 5");
    assertThat((String) rows.get(1).get("body")).doesNotContain("Орлов").contains("- нет");

    jdbc.update("UPDATE entry_state SET value_text = '1' WHERE subject = 'Химия'");
    digests.make(DAY); // a mark became 1: 7А's digest changed and is to be mailed again
    assertThat(
            jdbc.queryForList(
                "SELECT login FROM class_digest WHERE mailed_at IS NULL", String.class))
        .containsExactly("kl7a");
  }
}
