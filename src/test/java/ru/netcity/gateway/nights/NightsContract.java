package ru.netcity.gateway.nights;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.netcity.Budget;
import ru.netcity.gateway.netcity.HostBudget;
import ru.netcity.gateway.netcity.NetCityConnection;
import ru.netcity.gateway.support.MovingClock;
import ru.netcity.gateway.support.TestDatabase;
import ru.netcity.gateway.sync.SyncJob;
import ru.netcity.gateway.sync.SyncMetrics;
import ru.netcity.gateway.sync.SyncMode;
import ru.netcity.gateway.sync.SyncOutcome;
import ru.netcity.gateway.sync.SyncProgress;
import ru.netcity.gateway.sync.SyncProperties;
import ru.netcity.mock.MockNetCity;
import ru.netcity.mock.MockOptions;
import ru.netcity.mock.school.Change;
import ru.netcity.mock.school.Changes;
import ru.netcity.mock.school.HistoryItem;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/**
 * The school lives day by day (the mock's clock) and the gateway syncs it every night at 02:30
 * against one ledger: what the ledger records equals what happened in the AIS, by the rules of
 * {@link NightModel} (net effect per night; a deletion confirmed at the second sync in a row that
 * misses the entry), and the ledger ends as one full sync at the same moment would leave it. Run on
 * H2 and PostgreSQL by the subclasses.
 */
abstract class NightsContract {
  private static final Logger LOG = LoggerFactory.getLogger(NightsContract.class);
  static final ZoneId SCHOOL_ZONE = School.ZONE;
  static final LocalTime NIGHTLY = LocalTime.of(2, 30);
  static final int LOOKBACK_DAYS = 14;
  static final Set<String> KINDS =
      Set.of("TOPIC", "HOMEWORK", "MARK", "DOT", "ABSENCE", "TERM_MARK");
  static final SyncProperties PROPERTIES =
      new SyncProperties(
          "0 30 2 * * ?",
          SCHOOL_ZONE,
          1,
          false,
          LOOKBACK_DAYS,
          DayOfWeek.SUNDAY,
          4,
          "seda:sync-units",
          Duration.ofHours(5),
          Duration.ofMinutes(2),
          Duration.ofDays(2));
  static final Budget BUDGET = Budget.polite().withRate(4, 5000);

  private final List<TestDatabase> opened = new ArrayList<>();

  /** A fresh, migrated database. */
  protected abstract TestDatabase newDatabase();

  @AfterEach
  void closeDatabases() {
    opened.forEach(TestDatabase::close);
    opened.clear();
  }

  /**
   * The seed of a 50-pupil school whose busiest ten school days hold many kinds of history; see the
   * subclasses.
   */
  protected abstract int seed();

  @Test
  void tenSchoolDaysOfNightlySyncsRecordWhatHappenedAndEndAsOneFullSync() {
    School school = SchoolGenerator.generate(new SchoolOptions(seed(), 50));
    List<LocalDate> days = Stretch.busiest(school, 10);
    // Every night from the first school day's to two nights after the last school day: the
    // second one confirms a deletion of the last day.
    List<LocalDateTime> nights = new ArrayList<>();
    for (LocalDate d = days.get(0); !d.isAfter(days.get(9).plusDays(2)); d = d.plusDays(1)) {
      nights.add(d.atTime(NIGHTLY));
    }
    LOG.info(
        "ten school days {}..{}; history there: {}",
        days.get(0),
        days.get(9),
        Stretch.items(school, nights.get(0), nights.get(nights.size() - 1)));
    DataSource nightly = database();

    Walk walk = walk(school, nightly, nights);

    List<Change> truth = Changes.between(school, nights.get(0), nights.get(nights.size() - 1));
    NightModel model = new NightModel(truth);
    Set<String> pending = new TreeSet<>();
    List<List<NightModel.Event>> expected = model.events(nights, pending);
    for (int n = 0; n < expected.size(); n++) {
      assertThat(walk.events().get(n))
          .as("events of the night of %s", nights.get(n + 1))
          .containsExactlyInAnyOrderElementsOf(expected.get(n));
    }
    // The union over the nights: every kind the truth names changed, each key of it recorded.
    Set<String> recorded = new TreeSet<>();
    walk.events().forEach(night -> night.forEach(e -> recorded.add(e.key())));
    assertThat(recorded).isSubsetOf(model.keys());
    assertThat(truth).extracting(Change::change).contains("ADDED", "CHANGED", "DELETED");
    assertThat(walk.events().stream().flatMap(List::stream).map(NightModel.Event::change))
        .contains("ADDED", "CHANGED", "DELETED");

    DataSource full = database();
    LocalDateTime end = nights.get(nights.size() - 1);
    try (MockNetCity mock = MockNetCity.start(school, MockOptions.defaults().withClock(end))) {
      SyncOutcome outcome =
          job(mock, full, new MovingClock(end.atZone(SCHOOL_ZONE).toInstant()))
              .run(SyncMode.FULL, SyncProgress.SILENT);
      assertThat(outcome.complete()).isTrue();
    }
    assertThat(awaiting(nightly, school.id())).isEqualTo(pending);
    assertThat(liveState(nightly, school.id(), true))
        .containsExactlyInAnyOrderEntriesOf(liveState(full, school.id(), false));
  }

  /**
   * A mark edited weeks after its lesson, and one deleted weeks after it, are older than the
   * lookback window: the nightly run finds them through the journal log and records them the night
   * after (the edit) and at the second night (the deletion).
   */
  @Test
  void editsAndDeletionsOlderThanTheLookbackWindowAreRecordedByTheNightlySync() {
    School school = SchoolGenerator.generate(new SchoolOptions(32, 40));
    for (String kind : List.of("MARK_EDITED_WEEKS_LATER", "MARK_DELETED_LATER")) {
      HistoryItem item =
          school.history().items().stream()
              .filter(i -> i.kind().equals(kind))
              .filter(i -> i.lessonDate().isBefore(i.at().toLocalDate().minusDays(LOOKBACK_DAYS)))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no " + kind + " older than the window"));
      LocalDate day = item.at().toLocalDate();
      List<LocalDateTime> nights =
          List.of(
              day.atTime(NIGHTLY),
              day.plusDays(1).atTime(NIGHTLY),
              day.plusDays(2).atTime(NIGHTLY));

      Walk walk = walk(school, database(), nights);

      NightModel model = new NightModel(Changes.between(school, nights.get(0), nights.get(2)));
      List<List<NightModel.Event>> expected = model.events(nights, new HashSet<>());
      String verb = kind.contains("EDITED") ? "CHANGED" : "DELETED";
      assertThat(expected.get(verb.equals("CHANGED") ? 0 : 1))
          .as(kind)
          .anyMatch(e -> e.change().equals(verb) && e.kind().equals("MARK"));
      for (int n = 0; n < expected.size(); n++) {
        assertThat(walk.events().get(n))
            .as("%s: events of the night of %s", kind, nights.get(n + 1))
            .containsExactlyInAnyOrderElementsOf(expected.get(n));
      }
    }
  }

  private DataSource database() {
    TestDatabase db = newDatabase();
    opened.add(db);
    return db.dataSource();
  }

  /** The ledger's events of each night after the first (a FULL baseline), of the six kinds. */
  record Walk(List<List<NightModel.Event>> events) {}

  private Walk walk(School school, DataSource db, List<LocalDateTime> nights) {
    MovingClock clock = new MovingClock(nights.get(0).atZone(SCHOOL_ZONE).toInstant());
    List<String> runs = new ArrayList<>();
    try (MockNetCity mock =
        MockNetCity.start(school, MockOptions.defaults().withClock(nights.get(0)))) {
      SyncJob job = job(mock, db, clock);
      for (int n = 0; n < nights.size(); n++) {
        LocalDateTime night = nights.get(n);
        mock.clock().set(night);
        if (n > 0) {
          clock.advance(
              Duration.between(nights.get(n - 1).atZone(SCHOOL_ZONE), night.atZone(SCHOOL_ZONE)));
        }
        long started = System.nanoTime();
        SyncOutcome outcome =
            job.run(n == 0 ? SyncMode.FULL : SyncMode.NIGHTLY, SyncProgress.SILENT);
        LOG.info(
            "night {}: {} sync {} units, {} requests, {} ms",
            night,
            n == 0 ? "FULL" : "NIGHTLY",
            outcome.summary().unitsTotal(),
            outcome.requests(),
            Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertThat(outcome.complete()).as("sync of %s", night).isTrue();
        runs.add(outcome.summary().runId());
      }
    }
    Map<String, List<NightModel.Event>> byRun = new LinkedHashMap<>();
    runs.forEach(r -> byRun.put(r, new ArrayList<>()));
    new JdbcTemplate(db)
        .query(
            "SELECT run_id, kind, change, entry_key, value_text FROM ledger_event"
                + " WHERE school_id = ? ORDER BY seq",
            rs -> {
              String kind = rs.getString("kind");
              String change = rs.getString("change");
              if (KINDS.contains(kind) && !change.equals("BASELINE")) {
                byRun
                    .get(rs.getString("run_id"))
                    .add(
                        new NightModel.Event(
                            kind, change, rs.getString("entry_key"), rs.getString("value_text")));
              }
            },
            school.id());
    return new Walk(new ArrayList<>(byRun.values()).subList(1, runs.size()));
  }

  private static SyncJob job(MockNetCity mock, DataSource db, MovingClock clock) {
    NetCityConnection connection =
        new NetCityConnection(
            URI.create(mock.baseUrl()), "zavuch", "Завуч2021!", "" + mock.school().id());
    return new SyncJob(
        () -> connection,
        "mock-netcity",
        BUDGET,
        HostBudget.local(BUDGET),
        new Ledger(db, clock),
        db,
        PROPERTIES,
        clock,
        new SyncMetrics(new SimpleMeterRegistry()),
        SyncJob.NO_DASHBOARD);
  }

  /** Live entries (the nightly ledger's without those awaiting a second missed pull). */
  private static Map<String, String> liveState(DataSource db, int schoolId, boolean settledOnly) {
    Map<String, String> state = new LinkedHashMap<>();
    new JdbcTemplate(db)
        .query(
            "SELECT entry_key, kind, class_id, lesson_date, subject, student_id, value_text,"
                + " ais_entered_at FROM entry_state WHERE school_id = ? AND deleted = FALSE"
                + (settledOnly ? " AND missing_count = 0" : ""),
            rs -> {
              state.put(
                  rs.getString("entry_key"),
                  String.join(
                      " | ",
                      rs.getString("kind"),
                      rs.getString("class_id"),
                      rs.getString("lesson_date"),
                      rs.getString("subject"),
                      rs.getString("student_id"),
                      lessonOnly(rs.getString("kind"), rs.getString("value_text")),
                      String.valueOf(rs.getObject("ais_entered_at", LocalDateTime.class))));
            },
            schoolId);
    return state;
  }

  /**
   * A LESSON (or TEACHER) value without the ids of the pupils whose diaries show it: those depend
   * on the roster each pull read (a pupil who arrived later makes the class's earlier lessons «not
   * every diary» ones in a full sync, while the nights recorded them before he came); the lesson
   * must match.
   */
  private static String lessonOnly(String kind, String value) {
    // a lesson's teacher names the same pupils after his number and name
    int kept = kind.equals("LESSON") ? 4 : kind.equals("TEACHER") ? 2 : 0;
    if (kept == 0 || value == null) {
      return value;
    }
    String[] parts = value.split("\\|", -1);
    return parts.length > kept ? String.join("|", java.util.Arrays.copyOf(parts, kept)) : value;
  }

  private static Set<String> awaiting(DataSource db, int schoolId) {
    return new TreeSet<>(
        new JdbcTemplate(db)
            .queryForList(
                "SELECT entry_key FROM entry_state WHERE school_id = ? AND deleted = FALSE"
                    + " AND missing_count > 0",
                String.class,
                schoolId));
  }
}
