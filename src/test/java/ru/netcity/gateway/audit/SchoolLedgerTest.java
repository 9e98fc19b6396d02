package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.support.PackagedAudit;
import ru.netcity.gateway.support.SchoolLedger;
import ru.netcity.gateway.support.TestDatabase;
import ru.netcity.mock.school.GroundTruth;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;
import ru.netcity.mock.school.Student;

/**
 * The benchmark's ledger (filled from the school model without HTTP) audits to the ground truth
 * too, so the benchmark measures the audit of a faithful ledger; another seed than the sync tests.
 */
class SchoolLedgerTest {
  @Test
  void aLedgerFilledFromTheModelAuditsToTheGroundTruth() throws Exception {
    School school = SchoolGenerator.generate(new SchoolOptions(5, 200));
    Clock clock = Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZoneId.of("UTC"));
    try (TestDatabase db = TestDatabase.h2()) {
      new SchoolLedger(school).fill(db.dataSource(), clock);
      AuditRun run = PackagedAudit.job(db.dataSource(), clock).run(school.id());
      Map<Integer, String> names =
          school.students().stream().collect(Collectors.toMap(Student::id, Student::nickName));
      List<String> seen =
          new AuditStore(db.dataSource())
              .findings(run.id(), FindingFilter.ALL).stream()
                  .map(
                      f ->
                          String.join(
                              " | ",
                              f.rule(),
                              f.severity().label(),
                              f.className(),
                              f.subject(),
                              String.valueOf(f.lessonDate()),
                              f.studentId() == null ? "-" : names.get(f.studentId()),
                              String.valueOf(f.teacher())))
                  .toList();
      List<String> truth = new ArrayList<>();
      new ObjectMapper()
          .readTree(GroundTruth.toJson(school))
          .get("violations")
          .forEach(
              v ->
                  truth.add(
                      String.join(
                          " | ",
                          v.get("rule").asText(),
                          v.get("severity").asText(),
                          v.get("className").asText(),
                          v.get("subject").asText(),
                          v.get("lessonDate").asText(),
                          v.get("student").isNull() ? "-" : v.get("student").asText(),
                          v.get("teacher").asText())));

      assertThat(run.unitsDone()).isEqualTo(run.unitsTotal()).isPositive();
      assertThat(seen).containsExactlyInAnyOrderElementsOf(truth);
    }
  }
}
