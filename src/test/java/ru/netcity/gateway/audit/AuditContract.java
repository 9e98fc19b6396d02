package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.audit.ruleset.RuleSetLoader;
import ru.netcity.gateway.ledger.Anchors;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.ledger.LedgerVerifier;
import ru.netcity.gateway.netcity.Budget;
import ru.netcity.gateway.netcity.HostBudget;
import ru.netcity.gateway.netcity.NetCityConnection;
import ru.netcity.gateway.support.FindingKey;
import ru.netcity.gateway.sync.SyncJob;
import ru.netcity.gateway.sync.SyncMetrics;
import ru.netcity.gateway.sync.SyncMode;
import ru.netcity.gateway.sync.SyncOutcome;
import ru.netcity.gateway.sync.SyncProgress;
import ru.netcity.gateway.sync.SyncProperties;
import ru.netcity.mock.MockNetCity;
import ru.netcity.mock.MockOptions;
import ru.netcity.mock.school.GroundTruth;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/**
 * End to end: a full sync of mock-netcity's seeded school, the audit, and the findings as the
 * {@code findings --format json} command prints them equal the ground truth's violations exactly.
 * Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class AuditContract {
  static final Clock AFTER_THE_YEAR =
      Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZoneId.of("UTC"));
  static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Tomsk");

  protected abstract DataSource dataSource();

  protected abstract SchoolOptions school();

  @Test
  void theFindingsOfASyncedSchoolAreExactlyItsSeededViolations() throws Exception {
    School school = SchoolGenerator.generate(school());
    try (MockNetCity mock = MockNetCity.start(school, MockOptions.defaults())) {
      NetCityConnection connection =
          new NetCityConnection(
              URI.create(mock.baseUrl()), "zavuch", "Завуч2021!", "" + school.id());
      Budget budget = Budget.polite().withRate(4, 5000);
      SyncOutcome outcome = sync(connection, budget).run(SyncMode.FULL, SyncProgress.SILENT);
      assertThat(outcome.complete()).isTrue();

      AuditService audits = new AuditService(job(rulesWithBells(school)), dataSource());
      AuditRun run = audits.auditAfterSync().orElseThrow();
      assertThat(audits.current()).contains(run);
      assertThat(audits.auditAfterSync()).isEmpty(); // no sync since: the findings stand
      List<Finding> findings = audits.findings(run, FindingFilter.ALL);
      Map<Integer, String> names =
          new AisStudentNames(() -> connection, budget, HostBudget.local(budget))
              .names(FindingsWriter.students(findings));
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      FindingsWriter.json(
          run, findings, names, new PrintStream(json, true, StandardCharsets.UTF_8));

      JsonNode printed = new ObjectMapper().readTree(json.toString(StandardCharsets.UTF_8));
      assertThat(printed.at("/auditRun/unitsComplete").asInt())
          .isEqualTo(printed.at("/auditRun/unitsTotal").asInt())
          .isEqualTo(outcome.summary().unitsTotal());
      assertThat(printed.at("/auditRun/ruleSetVersions/0").asText()).isEqualTo("school-2025.1");
      List<String> seen = new ArrayList<>();
      for (JsonNode f : printed.get("findings")) {
        if (!f.get("rule").asText().equals("DATA_QUALITY")) {
          seen.add(FindingKey.of(f));
        }
        assertThat(f.get("message").asText()).isNotBlank().endsWith(".");
        // every finding names a teacher, but data quality and one group's missing topic (the log
        // cannot tell whose record is missing)
        if (!f.get("rule").asText().equals("DATA_QUALITY")
            && f.at("/evidence/records").asInt() >= f.at("/evidence/groupLessons").asInt()) {
          assertThat(f.get("teacher").isTextual()).as(f.toString()).isTrue();
        }
        assertThat(f.get("evidence").isObject()).isTrue();
      }
      List<String> truth = new ArrayList<>();
      JsonNode truthFile = new ObjectMapper().readTree(GroundTruth.toJson(school));
      for (JsonNode v : truthFile.get("violations")) {
        truth.add(FindingKey.of(v));
      }
      assertThat(truth).hasSizeGreaterThan(15);
      assertThat(truth).anySatisfy(t -> assertThat(t).startsWith("FINAL_MARK_OBJECTIVITY | "));
      // item 7: lessons the diary shows without times, at a bell the rule set's schedule gives (the
      // 2.2 verdicts of their days stand) and at bell 8 that nothing gives (every homework of that
      // day is a сведения finding that 2.2 could not be applied)
      assertThat(truthFile.get("untimedLessons"))
          .anySatisfy(l -> assertThat(l.get("number").asInt()).isLessThanOrEqualTo(BELLS))
          .anySatisfy(l -> assertThat(l.get("number").asInt()).isGreaterThan(BELLS));
      assertThat(truth)
          .anySatisfy(t -> assertThat(t).startsWith("HOMEWORK_WITHIN_5H | нарушение | "))
          .anySatisfy(t -> assertThat(t).startsWith("HOMEWORK_WITHIN_5H | сведения | "));
      // entries someone other than the lesson's teacher made name him: the deputy director's late
      // term mark, a colleague's late absence
      assertThat(truth)
          .anySatisfy(
              t -> assertThat(t).startsWith("FINAL_MARKS_WITHIN_1DAY | ").endsWith(" | " + DEPUTY));
      assertThat(lateAbsencesOfColleagues(school)).isEqualTo(1);
      assertThat(seen).containsExactlyInAnyOrderElementsOf(truth);
    }
  }

  /** The deputy director as the journal log names her (the mock's {@code zavuch}). */
  static final String DEPUTY = "Шамрина И. В.";

  /** The absences the journal log shows entered by someone other than the lesson's teacher. */
  private static long lateAbsencesOfColleagues(School school) {
    return school.absences().stream()
        .filter(
            a -> {
              Lesson l = school.lesson(a.lessonId()).orElseThrow();
              String teacher = school.teacher(l.teacherId()).shortName();
              return !school.history().absenceBy(l.id(), a.studentId(), teacher).equals(teacher);
            })
        .count();
  }

  /** The bells of the regular day; bell 8 carries only lessons the timetable moved. */
  private static final int BELLS = 7;

  /**
   * config/rules with the school's bell schedule for lessons 1 to {@link #BELLS}, as a deputy
   * director would configure it.
   */
  private static Path rulesWithBells(School school) throws IOException {
    String bells =
        school.bells().stream()
            .filter(b -> b.number() <= BELLS)
            .map(b -> b.number() + ": \"" + b.start() + "-" + b.end() + "\"")
            .collect(Collectors.joining(", ", "{", "}"));
    Path dir = Files.createTempDirectory("rules");
    try (Stream<Path> files = Files.list(Path.of("config/rules"))) {
      for (Path file : files.toList()) {
        String text = Files.readString(file);
        assertThat(text).contains("    bells: {}");
        Files.writeString(
            dir.resolve(file.getFileName()), text.replace("    bells: {}", "    bells: " + bells));
      }
    }
    return dir;
  }

  private AuditJob job(Path rules) {
    return new AuditJob(
        dataSource(),
        () -> RuleSetLoader.load(rules),
        SCHOOL_ZONE,
        AFTER_THE_YEAR,
        CorrectionRegister.NONE,
        LedgerGate.of(new LedgerVerifier(dataSource(), Anchors.NONE, AFTER_THE_YEAR)));
  }

  private SyncJob sync(NetCityConnection connection, Budget budget) {
    return new SyncJob(
        () -> connection,
        "mock-netcity",
        budget,
        HostBudget.local(budget),
        new Ledger(dataSource(), AFTER_THE_YEAR),
        dataSource(),
        new SyncProperties(
            "0 30 2 * * ?",
            SCHOOL_ZONE,
            1,
            false,
            14,
            DayOfWeek.SUNDAY,
            4,
            "seda:sync-units",
            Duration.ofHours(5),
            Duration.ofMinutes(2),
            Duration.ofDays(2)),
        AFTER_THE_YEAR,
        new SyncMetrics(new SimpleMeterRegistry()),
        SyncJob.NO_DASHBOARD);
  }
}
