package ru.netcity.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.ledger.OriginMismatchException;
import ru.netcity.gateway.netcity.Budget;
import ru.netcity.gateway.netcity.HostBudget;
import ru.netcity.gateway.netcity.NetCityConnection;
import ru.netcity.mock.MockNetCity;
import ru.netcity.mock.MockOptions;
import ru.netcity.mock.faults.FaultSpec;
import ru.netcity.mock.school.GroundTruth;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/**
 * A full sync against mock-netcity ends complete with the ledger's counts equal to the ground
 * truth; run on H2 and on PostgreSQL by the subclasses. Each test uses a school of its own.
 */
abstract class SyncContract {
  static final Clock AFTER_THE_YEAR =
      Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZoneId.of("UTC"));
  static final SyncProperties PROPERTIES =
      new SyncProperties(
          "0 30 2 * * ?",
          ZoneId.of("Asia/Tomsk"),
          1,
          false,
          14,
          DayOfWeek.SUNDAY,
          4,
          "seda:sync-units",
          Duration.ofHours(5),
          Duration.ofMinutes(2),
          Duration.ofDays(2));
  static final Budget BUDGET = Budget.polite().withRate(4, 5000);

  protected abstract DataSource dataSource();

  @Test
  void aFullSyncEndsCompleteWithTheGroundTruthCountsAndASecondRecordsNothingNew() throws Exception {
    School school = SchoolGenerator.generate(new SchoolOptions(21, 40));
    try (MockNetCity mock = MockNetCity.start(school, MockOptions.defaults())) {
      SyncJob job = job(mock);
      SyncOutcome outcome = job.run(SyncMode.FULL, SyncProgress.SILENT);

      assertThat(outcome.complete()).isTrue();
      assertThat(outcome.dataQualityIssues()).isZero();
      assertCountsEqualTruth(school);
      Ledger ledger = new Ledger(dataSource(), AFTER_THE_YEAR);
      long events = ledger.verifyChain(school.id()).events();

      assertThat(job.run(SyncMode.FULL, SyncProgress.SILENT).complete()).isTrue();
      assertThat(ledger.verifyChain(school.id()).intact()).isTrue();
      assertThat(ledger.verifyChain(school.id()).events()).isEqualTo(events);
      assertCountsEqualTruth(school);
    }
  }

  @Test
  void transientFaultsStillEndCompleteAndEqualToTheTruth() throws Exception {
    School school = SchoolGenerator.generate(new SchoolOptions(22, 20));
    FaultSpec faults = FaultSpec.parse("5xx=0.05,expire-session=200,malformed-json=0.005,seed=4");
    try (MockNetCity mock = MockNetCity.start(school, MockOptions.defaults().withFaults(faults))) {
      SyncOutcome outcome = job(mock).run(SyncMode.FULL, SyncProgress.SILENT);

      assertThat(outcome.complete()).isTrue();
      assertThat(outcome.incompleteClasses()).isEmpty();
      assertCountsEqualTruth(school);
    }
  }

  @Test
  void aPermanentFaultOnOneClassLeavesOnlyThatClassIncomplete() {
    School school = SchoolGenerator.generate(new SchoolOptions(23, 20));
    String broken = school.classes().get(2).name();
    int termsOfBroken = school.termsOf(school.classes().get(2).grade()).size();
    FaultSpec faults = FaultSpec.parse("fail-class=" + broken);
    List<String> told = new ArrayList<>();
    SyncProgress recording =
        new SyncProgress() {
          @Override
          public void planned(int total, int alreadyDone, int classes) {
            told.add("planned " + total + ", " + alreadyDone + " done, " + classes + " classes");
          }

          @Override
          public void unitDone(int done, int total, Duration elapsed) {
            told.add(done + "/" + total);
          }
        };
    try (MockNetCity mock = MockNetCity.start(school, MockOptions.defaults().withFaults(faults))) {
      SyncOutcome outcome = job(mock).run(SyncMode.FULL, recording);

      assertThat(outcome.complete()).isFalse();
      assertThat(outcome.incompleteUnits()).isEqualTo(termsOfBroken);
      assertThat(outcome.summary().unitsDone())
          .isEqualTo(outcome.summary().unitsTotal() - termsOfBroken);
      assertThat(outcome.incompleteClasses()).containsExactly(broken);
      int total = outcome.summary().unitsTotal();
      assertThat(told)
          .hasSize(total + 1)
          .startsWith("planned " + total + ", 0 done, " + school.classes().size() + " classes")
          .endsWith(total + "/" + total);
    }
  }

  @Test
  void aWholeTermIsOneDiaryRequestUnlessTheHostAnswersAWeekAtMost() throws Exception {
    School school = SchoolGenerator.generate(new SchoolOptions(27, 20));
    FaultSpec weekly = FaultSpec.parse("weekly-diary");
    long wholeWindows;
    try (MockNetCity mock = MockNetCity.start(school, MockOptions.defaults())) {
      SyncOutcome outcome = job(mock).run(SyncMode.FULL, SyncProgress.SILENT);
      assertThat(outcome.complete()).isTrue();
      wholeWindows = outcome.requests();
    }
    long byWeeks;
    try (MockNetCity mock = MockNetCity.start(school, MockOptions.defaults().withFaults(weekly))) {
      SyncOutcome outcome = job(mock).run(SyncMode.FULL, SyncProgress.SILENT);
      assertThat(outcome.complete()).isTrue();
      assertCountsEqualTruth(school);
      byWeeks = outcome.requests();
    }
    // A quarter is 8 to 10 weeks, so the diary shrinks about ninefold; the reports stay.
    assertThat(wholeWindows).isLessThan(byWeeks / 2);
  }

  @Test
  void aShortOutageOfOneClassIsOverByItsUnitsSecondPull() throws Exception {
    School school = SchoolGenerator.generate(new SchoolOptions(26, 20));
    // Longer than one call's four attempts (0.2 + 0.4 + 0.8 s of backoff), shorter than two.
    FaultSpec faults =
        FaultSpec.parse("fail-class=" + school.classes().get(1).name() + ",fail-class-for=2s");
    try (MockNetCity mock = MockNetCity.start(school, MockOptions.defaults().withFaults(faults))) {
      SyncOutcome outcome = job(mock).run(SyncMode.FULL, SyncProgress.SILENT);

      assertThat(outcome.complete()).isTrue();
      assertCountsEqualTruth(school);
    }
  }

  @Test
  void aRunResumedOnALaterDayIsCompleteOnlyWhenThatDaysPlanIs() {
    School school = SchoolGenerator.generate(new SchoolOptions(24, 20));
    int termsOfBroken = school.termsOf(school.classes().get(1).grade()).size();
    FaultSpec faults = FaultSpec.parse("fail-class=" + school.classes().get(1).name());
    // An earlier day's run died after recording a unit whose window today's plan no longer has.
    Ledger ledger = new Ledger(dataSource(), AFTER_THE_YEAR);
    String earlier = ledger.startRun(school.id(), 1);
    UnitScope gone =
        new UnitScope(
            school.id(),
            school.classes().get(0).id(),
            LocalDate.of(2025, 9, 1),
            LocalDate.of(2025, 9, 7));
    ledger.recordUnit(earlier, gone, List.of());
    try (MockNetCity mock = MockNetCity.start(school, MockOptions.defaults().withFaults(faults))) {
      SyncOutcome outcome = job(mock).run(SyncMode.FULL, SyncProgress.SILENT);

      assertThat(outcome.summary().runId()).isEqualTo(earlier); // resumed
      assertThat(outcome.complete()).isFalse();
      assertThat(outcome.summary().unitsTotal()).isGreaterThan(termsOfBroken);
      assertThat(outcome.summary().unitsDone())
          .isEqualTo(outcome.summary().unitsTotal() - termsOfBroken);
    }
  }

  @Test
  void aSchoolTheLedgerHoldsFromAnotherAisIsRefusedBeforeAnythingIsWritten() {
    School school = SchoolGenerator.generate(new SchoolOptions(25, 20));
    Ledger ledger = new Ledger(dataSource(), AFTER_THE_YEAR);
    ledger.requireOrigin(school.id(), "https://sgo.example.ru");
    try (MockNetCity mock = MockNetCity.start(school, MockOptions.defaults())) {
      assertThatThrownBy(() -> job(mock).run(SyncMode.FULL, SyncProgress.SILENT))
          .isInstanceOf(OriginMismatchException.class)
          .hasMessageContaining(
              "school " + school.id() + " was first synced from https://sgo.example.ru");
    }
    assertThat(ledger.runs(100)).noneMatch(r -> r.schoolId() == school.id());
    assertThat(ledger.verifyChain(school.id()).events()).isZero();
  }

  SyncJob job(MockNetCity mock) {
    NetCityConnection connection =
        new NetCityConnection(
            URI.create(mock.baseUrl()), "zavuch", "Завуч2021!", "" + mock.school().id());
    return new SyncJob(
        () -> connection,
        "mock-netcity",
        BUDGET,
        HostBudget.local(BUDGET),
        new Ledger(dataSource(), AFTER_THE_YEAR),
        dataSource(),
        PROPERTIES,
        AFTER_THE_YEAR,
        new SyncMetrics(new SimpleMeterRegistry()),
        SyncJob.NO_DASHBOARD);
  }

  private void assertCountsEqualTruth(School school) throws Exception {
    JsonNode truth = new ObjectMapper().readTree(GroundTruth.toJson(school)).get("counts");
    Map<String, Object> status =
        new SyncStatus(new Ledger(dataSource(), AFTER_THE_YEAR), dataSource()).report(5);
    @SuppressWarnings("unchecked")
    Map<String, Object> counts = (Map<String, Object>) status.get("counts");
    for (String key :
        new String[] {"classes", "students", "lessons", "marks", "absences", "homework"}) {
      assertThat(((Number) counts.get(key)).longValue()).as(key).isEqualTo(truth.get(key).asLong());
    }
  }
}
