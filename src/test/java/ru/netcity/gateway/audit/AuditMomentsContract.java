package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.netcity.Budget;
import ru.netcity.gateway.netcity.HostBudget;
import ru.netcity.gateway.netcity.NetCityConnection;
import ru.netcity.gateway.support.FindingKey;
import ru.netcity.gateway.support.PackagedAudit;
import ru.netcity.gateway.sync.SyncJob;
import ru.netcity.gateway.sync.SyncMetrics;
import ru.netcity.gateway.sync.SyncMode;
import ru.netcity.gateway.sync.SyncOutcome;
import ru.netcity.gateway.sync.SyncProgress;
import ru.netcity.gateway.sync.SyncProperties;
import ru.netcity.gateway.sync.SyncStatus;
import ru.netcity.mock.MockNetCity;
import ru.netcity.mock.MockOptions;
import ru.netcity.mock.school.GroundTruth;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;
import ru.netcity.mock.school.Term;

/**
 * The truth of a moment: with the mock's clock at T, a full sync and the audit with the gateway's
 * clock at T find exactly the violations the truth as of T names (and the counts agree), at three
 * moments of the year: early October, the last day of the first term (evening), the end of the
 * year. Run on H2 and on PostgreSQL by the subclasses, each moment in a database of its own.
 */
abstract class AuditMomentsContract {
  static final ZoneId SCHOOL_ZONE = School.ZONE;

  /** A fresh, migrated database for one moment. */
  protected abstract DataSource newDatabase();

  protected abstract SchoolOptions school();

  @ParameterizedTest
  @ValueSource(strings = {"early-october", "term-end", "year-end"})
  void theFindingsAtAMomentAreTheTruthOfThatMoment(String moment) throws Exception {
    School school = SchoolGenerator.generate(school());
    LocalDateTime at = moment(school, moment);
    DataSource db = newDatabase();
    Clock clock = Clock.fixed(at.atZone(SCHOOL_ZONE).toInstant(), ZoneId.of("UTC"));
    try (MockNetCity mock = MockNetCity.start(school, MockOptions.defaults().withClock(at))) {
      NetCityConnection connection =
          new NetCityConnection(
              URI.create(mock.baseUrl()), "zavuch", "Завуч2021!", "" + school.id());
      Budget budget = Budget.polite().withRate(4, 5000);
      SyncOutcome outcome =
          sync(db, clock, connection, budget).run(SyncMode.FULL, SyncProgress.SILENT);
      assertThat(outcome.complete()).isTrue();
      JsonNode truth = new ObjectMapper().readTree(GroundTruth.toJson(school, at));
      @SuppressWarnings("unchecked")
      Map<String, Object> counts =
          (Map<String, Object>) new SyncStatus(new Ledger(db, clock), db).report(1).get("counts");
      for (String key :
          new String[] {"classes", "students", "lessons", "marks", "absences", "homework"}) {
        assertThat(((Number) counts.get(key)).longValue())
            .as("%s at %s", key, at)
            .isEqualTo(truth.at("/counts/" + key).asLong());
      }

      List<String> seen = findings(db, clock, connection, budget);
      List<String> expected = violations(truth);
      assertThat(expected).as("violations known at %s", at).isNotEmpty();
      if (moment.equals("year-end")) {
        // the deputy director's mark edit weeks later and her late deletion name her
        assertThat(expected)
            .filteredOn(
                t ->
                    t.startsWith("NO_RETROACTIVE_CHANGE | ")
                        && t.endsWith(" | " + AuditContract.DEPUTY))
            .hasSize(2);
      }
      assertThat(seen).as("findings at %s", at).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  /** The audit's findings at the clock, as the truth names violations (data quality left out). */
  static List<String> findings(
      DataSource db, Clock clock, NetCityConnection connection, Budget budget) throws Exception {
    AuditJob job = job(db, clock);
    AuditRun run = job.run();
    List<Finding> findings = new AuditService(job, db).findings(run, FindingFilter.ALL);
    Map<Integer, String> names =
        new AisStudentNames(() -> connection, budget, HostBudget.local(budget))
            .names(FindingsWriter.students(findings));
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    FindingsWriter.json(run, findings, names, new PrintStream(json, true, StandardCharsets.UTF_8));
    JsonNode printed = new ObjectMapper().readTree(json.toString(StandardCharsets.UTF_8));
    List<String> seen = new ArrayList<>();
    for (JsonNode f : printed.get("findings")) {
      if (!f.get("rule").asText().equals("DATA_QUALITY")) {
        seen.add(FindingKey.of(f));
      }
    }
    return seen;
  }

  static List<String> violations(JsonNode truth) {
    List<String> expected = new ArrayList<>();
    for (JsonNode v : truth.get("violations")) {
      expected.add(FindingKey.of(v));
    }
    return expected;
  }

  /** The moment a name stands for (school time). */
  static LocalDateTime moment(School school, String name) {
    return switch (name) {
      case "early-october" -> LocalDateTime.of(2025, 10, 6, 2, 30);
      case "term-end" -> firstTerm(school).end().atTime(21, 0);
      default -> school.yearEnd().atTime(23, 0);
    };
  }

  private static Term firstTerm(School school) {
    return school.terms().stream().min((a, b) -> a.end().compareTo(b.end())).orElseThrow();
  }

  private static AuditJob job(DataSource db, Clock clock) {
    return PackagedAudit.job(db, clock);
  }

  private static SyncJob sync(
      DataSource db, Clock clock, NetCityConnection connection, Budget budget) {
    return sync(db, clock, connection, budget, 14);
  }

  /** A sync whose nights read back {@code lookbackDays} days. */
  static SyncJob sync(
      DataSource db, Clock clock, NetCityConnection connection, Budget budget, int lookbackDays) {
    return new SyncJob(
        () -> connection,
        "mock-netcity",
        budget,
        HostBudget.local(budget),
        new Ledger(db, clock),
        db,
        new SyncProperties(
            "0 30 2 * * ?",
            SCHOOL_ZONE,
            1,
            false,
            lookbackDays,
            DayOfWeek.SUNDAY,
            4,
            "seda:sync-units",
            Duration.ofHours(5),
            Duration.ofMinutes(2),
            Duration.ofDays(2)),
        clock,
        new SyncMetrics(new SimpleMeterRegistry()),
        SyncJob.NO_DASHBOARD);
  }
}
