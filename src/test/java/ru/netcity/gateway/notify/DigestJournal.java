package ru.netcity.gateway.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.ledger.Ledger;

/**
 * A school day for the class teachers' digests: classes 7А (pupils 100 Орлов Иван, 101 unnamed) and
 * 8Б (pupil 200), and on {@link #DAY} in 7А an absence (Физика, Б), a 2 (Алгебра), a 5 and a 4
 * (Химия), and an audit finding «Домашнее задание по алгебре не внесено». 8Б has nothing that day.
 */
public final class DigestJournal {
  public static final LocalDate DAY = LocalDate.of(2025, 10, 6);

  private DigestJournal() {}

  public static void fill(DataSource dataSource) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
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
    Ledger ledger = new Ledger(dataSource, Clock.systemUTC());
    UnitScope scope = new UnitScope(1, 10, DAY, DAY);
    String run = ledger.startRun(1, 1);
    ledger.recordUnit(
        run,
        scope,
        List.of(
            new Observation(EntryKind.ABSENCE, "ABSENCE:100:1", 10, DAY, "Физика", 100, "Б", null),
            new Observation(EntryKind.MARK, "MARK:1:101", 10, DAY, "Алгебра", 101, "2", null),
            new Observation(EntryKind.MARK, "MARK:2:100", 10, DAY, "Алгебра", 100, "5", null),
            new Observation(EntryKind.MARK, "MARK:3:101", 10, DAY, "Химия", 101, "4", null)));
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
}
