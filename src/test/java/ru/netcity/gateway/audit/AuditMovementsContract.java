package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.netcity.Budget;
import ru.netcity.gateway.netcity.NetCityConnection;
import ru.netcity.gateway.sync.SyncMode;
import ru.netcity.gateway.sync.SyncProgress;
import ru.netcity.mock.MockNetCity;
import ru.netcity.mock.MockOptions;
import ru.netcity.mock.school.Enrolment;
import ru.netcity.mock.school.GroundTruth;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/**
 * Clause 3.3.1 against one ledger: a full sync in February, while the leaver and the mover are in
 * their first class, then a night after the third quarter, when one has left and the other is in
 * the parallel class. The lessons the first sync recorded name the new class without the mover; the
 * audit finds exactly the truth of that night: neither is judged for a part he was not in a class,
 * nor twice for the same days. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class AuditMovementsContract {
  /** A fresh, migrated database. */
  protected abstract DataSource newDatabase();

  @Test
  void aPupilWhoLeftOrMovedIsJudgedOnlyOverHisPartOfEachClass() throws Exception {
    School school = SchoolGenerator.generate(new SchoolOptions(1, 120));
    assertThat(school.enrolments())
        .as("an arrival, a leaver and a mover's two enrolments")
        .hasSize(4);
    LocalDateTime february = LocalDateTime.of(2026, 2, 16, 2, 30);
    LocalDateTime march = LocalDateTime.of(2026, 3, 23, 2, 30);
    DataSource db = newDatabase();
    try (MockNetCity mock = MockNetCity.start(school, MockOptions.defaults().withClock(february))) {
      NetCityConnection connection =
          new NetCityConnection(
              URI.create(mock.baseUrl()), "zavuch", "Завуч2021!", "" + school.id());
      Budget budget = Budget.polite().withRate(4, 5000);
      assertThat(
              AuditMomentsContract.sync(db, clock(february), connection, budget, 40)
                  .run(SyncMode.FULL, SyncProgress.SILENT)
                  .complete())
          .isTrue();
      mock.clock().set(march);
      // the night reads back to the February sync, so the third quarter is complete
      assertThat(
              AuditMomentsContract.sync(db, clock(march), connection, budget, 40)
                  .run(SyncMode.NIGHTLY, SyncProgress.SILENT)
                  .complete())
          .isTrue();
      Enrolment leaver = school.enrolments().get(1);
      Enrolment from = school.enrolments().get(2);
      Enrolment to = school.enrolments().get(3);
      JdbcTemplate jdbc = new JdbcTemplate(db);
      // his marks of the former class stay in its journal; nothing of theirs after they left it
      assertThat(marks(jdbc, from.studentId(), from.classId(), "<", to.from())).isPositive();
      assertThat(marks(jdbc, from.studentId(), from.classId(), ">=", to.from())).isZero();
      assertThat(marks(jdbc, to.studentId(), to.classId(), ">=", to.from())).isPositive();
      assertThat(marks(jdbc, to.studentId(), to.classId(), "<", to.from())).isZero();
      assertThat(marks(jdbc, leaver.studentId(), leaver.classId(), "<=", leaver.to())).isPositive();
      assertThat(marks(jdbc, leaver.studentId(), leaver.classId(), ">", leaver.to())).isZero();
      assertThat(
              jdbc.queryForList(
                  "SELECT class_id FROM roster WHERE student_id IN (?, ?) ORDER BY class_id",
                  Integer.class,
                  leaver.studentId(),
                  to.studentId()))
          .containsExactly(to.classId());
      var truth = new ObjectMapper().readTree(GroundTruth.toJson(school, march));
      assertThat(AuditMomentsContract.violations(truth)).isNotEmpty();
      assertThat(AuditMomentsContract.findings(db, clock(march), connection, budget))
          .containsExactlyInAnyOrderElementsOf(AuditMomentsContract.violations(truth));
    }
  }

  /** Live marks and absences of the pupil in the class dated {@code op} the day. */
  private static long marks(JdbcTemplate jdbc, int student, int classId, String op, Object day) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM entry_state WHERE kind IN ('MARK', 'ABSENCE') AND deleted = FALSE"
            + " AND student_id = ? AND class_id = ? AND lesson_date "
            + op
            + " ?",
        Long.class,
        student,
        classId,
        day);
  }

  private static Clock clock(LocalDateTime at) {
    return Clock.fixed(at.atZone(School.ZONE).toInstant(), ZoneId.of("UTC"));
  }
}
