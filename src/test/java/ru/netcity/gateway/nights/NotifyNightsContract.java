package ru.netcity.gateway.nights;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.audit.ruleset.RuleSetLoader;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.ledger.Anchors;
import ru.netcity.gateway.ledger.ChangeType;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.netcity.HostBudget;
import ru.netcity.gateway.netcity.NetCityConnection;
import ru.netcity.gateway.notify.Channel;
import ru.netcity.gateway.notify.HeldRuns;
import ru.netcity.gateway.notify.MessageKind;
import ru.netcity.gateway.notify.NotifyEventsProperties;
import ru.netcity.gateway.notify.OutboxWriter;
import ru.netcity.gateway.notify.Templates;
import ru.netcity.gateway.support.MovingClock;
import ru.netcity.gateway.support.TestDatabase;
import ru.netcity.gateway.sync.SyncJob;
import ru.netcity.gateway.sync.SyncMetrics;
import ru.netcity.gateway.sync.SyncMode;
import ru.netcity.gateway.sync.SyncOutcome;
import ru.netcity.gateway.sync.SyncProgress;
import ru.netcity.mock.MockNetCity;
import ru.netcity.mock.MockOptions;
import ru.netcity.mock.school.Change;
import ru.netcity.mock.school.Changes;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/**
 * Ten school days of the living mock, a sync every night with the outbox writer listening in the
 * ledger's transactions: the outbox rows equal what the truth's changes ({@link NightModel}), the
 * consent register and the preferences ({@link Register}) call for. Run on H2 and PostgreSQL.
 */
abstract class NotifyNightsContract {
  private final List<TestDatabase> opened = new ArrayList<>();

  protected abstract TestDatabase newDatabase();

  protected abstract int seed();

  @AfterEach
  void closeDatabases() {
    opened.forEach(TestDatabase::close);
    opened.clear();
  }

  /** One outbox row as the test compares it. */
  record Message(
      int night,
      String entryKey,
      String change,
      long parent,
      int pupil,
      Channel channel,
      String kind,
      LocalDateTime dueLocal,
      String status) {
    @Override
    public String toString() {
      return "night %d %s %s %s → parent %d/%s (pupil %d) due %s %s"
          .formatted(night, kind, change, entryKey, parent, channel, pupil, dueLocal, status);
    }
  }

  @Test
  void tenNightsFillTheOutboxWithWhatTheChangesConsentsAndPreferencesCallFor() {
    School school = SchoolGenerator.generate(new SchoolOptions(seed(), 50));
    List<LocalDateTime> nights = nights(school);
    DataSource db = database();
    LocalDate revokedOn = nights.get(5).toLocalDate();
    Register register = new Register(school, db, revokedOn);

    List<String> runs = walk(school, db, nights, NotifyEventsProperties.defaults(), 1000);

    NightModel model =
        new NightModel(Changes.between(school, nights.get(0), nights.get(nights.size() - 1)));
    List<List<NightModel.Event>> events = model.events(nights, new TreeSet<>());
    Expected expected = expected(school, register, model, events, nights, db, runs);
    List<Message> stored = stored(db, school.id(), runs);

    assertThat(stored.stream().filter(m -> m.night() == 0)).as("the baseline night").isEmpty();
    assertThat(stored).containsExactlyInAnyOrderElementsOf(expected.messages());
    assertThat(stored)
        .extracting(Message::kind)
        .contains("MARK_ADDED", "ABSENCE_ADDED", "HOMEWORK_ADDED", "FINAL_MARK_ADDED", "FORECAST");
    assertThat(stored).extracting(Message::channel).contains(Channel.SMS);
    assertThat(heldBack(db, school.id())).isEqualTo(expected.heldBack());
    assertThat(expected.heldBack()).containsKeys("EMAIL/NO_CONSENT", "SMS/REVOKED");
    // each message names its own child and no other pupil of the school
    for (Map<String, Object> row :
        new JdbcTemplate(db)
            .queryForList("SELECT student_id, subject, body FROM notification_outbox")) {
      int pupil = ((Number) row.get("student_id")).intValue();
      String own = register.names.get(pupil);
      String text = row.get("subject") + "\n" + row.get("body");
      assertThat(text).contains(own);
      register.names.forEach(
          (other, name) -> {
            if (other != pupil && !own.contains(name)) {
              assertThat(text).doesNotContain(name);
            }
          });
    }
  }

  @Test
  void aNightOverTheThresholdIsHeldUntilReleasedAndTheBaselineSendsNothing() {
    School school = SchoolGenerator.generate(new SchoolOptions(seed(), 50));
    List<LocalDateTime> nights = nights(school).subList(0, 4);
    DataSource db = database();
    new Register(school, db, null);

    List<String> runs = walk(school, db, nights, NotifyEventsProperties.defaults(), 5);

    JdbcTemplate jdbc = new JdbcTemplate(db);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM notify_run WHERE run_id = ?", Integer.class, runs.get(0)))
        .as("the baseline run called for no message")
        .isZero();
    assertThat(jdbc.queryForList("SELECT DISTINCT status FROM notification_outbox", String.class))
        .containsExactly("HELD");
    HeldRuns held = new HeldRuns(db, java.time.Clock.systemUTC());
    assertThat(held.list()).extracting(HeldRuns.Held::runId).isSubsetOf(runs).isNotEmpty();
    int rows = jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox", Integer.class);
    int released = held.list().stream().mapToInt(h -> held.release(h.runId())).sum();
    assertThat(released).isEqualTo(rows).isPositive();
    assertThat(jdbc.queryForList("SELECT DISTINCT status FROM notification_outbox", String.class))
        .containsExactly("PENDING");
    assertThat(held.list()).isEmpty();
  }

  /**
   * Nights over ten school days that end two school days after the first term marks were entered,
   * so that the term's end, its forecast and its final marks fall in them.
   */
  private static List<LocalDateTime> nights(School school) {
    LocalDate entered =
        school.base().termMarks().stream()
            .map(t -> t.enteredAt().toLocalDate())
            .min(LocalDate::compareTo)
            .orElseThrow();
    List<LocalDate> schoolDays =
        List.copyOf(new TreeSet<>(school.base().lessons().stream().map(Lesson::date).toList()));
    int after = 0;
    while (schoolDays.get(after).isBefore(entered)) {
      after++;
    }
    List<LocalDate> days = schoolDays.subList(after - 8, after + 2);
    List<LocalDateTime> nights = new ArrayList<>();
    for (LocalDate d = days.get(0); !d.isAfter(days.get(9).plusDays(2)); d = d.plusDays(1)) {
      nights.add(d.atTime(NightsContract.NIGHTLY));
    }
    return nights;
  }

  private record Expected(List<Message> messages, Map<String, Integer> heldBack) {}

  private static Expected expected(
      School school,
      Register register,
      NightModel model,
      List<List<NightModel.Event>> events,
      List<LocalDateTime> nights,
      DataSource db,
      List<String> runs) {
    List<Message> out = new ArrayList<>();
    Map<String, Integer> heldBack = new HashMap<>();
    for (int n = 0; n < events.size(); n++) {
      LocalDateTime night = nights.get(n + 1);
      for (NightModel.Event e : events.get(n)) {
        var kind = MessageKind.of(EntryKind.valueOf(e.kind()), ChangeType.valueOf(e.change()));
        if (kind.isEmpty()) {
          continue;
        }
        Change truth = model.changes().get(e.key()).get(0);
        for (int pupil : pupils(school, truth, night.toLocalDate())) {
          for (Register.Parent parent : register.byPupil.getOrDefault(pupil, List.of())) {
            if (!parent.wants(kind.get().preference())) {
              continue;
            }
            for (Channel channel : parent.contacts()) {
              if (!parent.consents(channel, night.toLocalDate())) {
                String reason = parent.consented().contains(channel) ? "REVOKED" : "NO_CONSENT";
                heldBack.merge(channel + "/" + reason, 1, Integer::sum);
                continue;
              }
              out.add(
                  new Message(
                      n + 1,
                      e.key(),
                      e.change(),
                      parent.id(),
                      pupil,
                      channel,
                      kind.get().name(),
                      night.toLocalDate().atTime(parent.quietTo()),
                      "PENDING"));
            }
          }
        }
      }
    }
    forecasts(school, register, db, nights, runs, out, heldBack);
    return new Expected(out, heldBack);
  }

  /**
   * The term forecast of each class whose term ends within the forecast days of a night: made at
   * the first night from then on whose sync recorded a change of the class, for the pupils enrolled
   * in the class that night; «FORECAST:class:termEnd» stands for its cause.
   */
  private static void forecasts(
      School school,
      Register register,
      DataSource db,
      List<LocalDateTime> nights,
      List<String> runs,
      List<Message> out,
      Map<String, Integer> heldBack) {
    JdbcTemplate jdbc = new JdbcTemplate(db);
    int days = NotifyEventsProperties.defaults().forecastDaysBefore();
    for (var c : school.base().classes()) {
      for (String term :
          jdbc.queryForList(
              "SELECT value_text FROM entry_state WHERE school_id = ? AND class_id = ?"
                  + " AND kind = 'TERM'",
              String.class,
              school.id(),
              c.id())) {
        LocalDate start = LocalDate.parse(term.split("\\|")[1]);
        LocalDate end = LocalDate.parse(term.split("\\|")[2]);
        for (int n = 1; n < nights.size(); n++) {
          LocalDate day = nights.get(n).toLocalDate();
          Integer changes =
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM ledger_event WHERE run_id = ? AND class_id = ?",
                  Integer.class,
                  runs.get(n),
                  c.id());
          if (day.isBefore(end.minusDays(days))
              || day.isAfter(end)
              || day.isBefore(start)
              || changes == 0) {
            continue;
          }
          for (int pupil : school.base().pupilsEverIn(c.id())) {
            if (!school.base().enrolledIn(pupil, c.id(), day)) {
              continue;
            }
            for (Register.Parent parent : register.byPupil.getOrDefault(pupil, List.of())) {
              if (!parent.wants("FORECAST")) {
                continue;
              }
              for (Channel channel : parent.contacts()) {
                if (!parent.consents(channel, day)) {
                  String reason = parent.consented().contains(channel) ? "REVOKED" : "NO_CONSENT";
                  heldBack.merge(channel + "/" + reason, 1, Integer::sum);
                  continue;
                }
                out.add(
                    new Message(
                        n,
                        "FORECAST:" + c.id() + ":" + end,
                        "FORECAST",
                        parent.id(),
                        pupil,
                        channel,
                        "FORECAST",
                        day.atTime(parent.quietTo()),
                        "PENDING"));
              }
            }
          }
          break;
        }
      }
    }
  }

  /**
   * The pupils an entry concerns: its pupil, or for homework the class's pupils enrolled that night
   * whose diary shows a lesson of the subject that day.
   */
  private static Set<Integer> pupils(School school, Change c, LocalDate night) {
    if (c.studentId() != 0) {
      return Set.of(c.studentId());
    }
    School base = school.base();
    List<Lesson> lessons =
        base.lessonsOf(c.classId()).stream()
            .filter(l -> l.date().equals(c.lessonDate()))
            .filter(l -> base.subject(l.subjectId()).name().equals(c.subject()))
            .toList();
    Set<Integer> out = new TreeSet<>();
    for (int id : base.pupilsEverIn(c.classId())) {
      var student = base.student(id).orElseThrow();
      if (base.enrolledIn(id, c.classId(), night)
          && student.classId() == c.classId()
          && lessons.stream().anyMatch(l -> l.isFor(student))) {
        out.add(id);
      }
    }
    return out;
  }

  private static List<Message> stored(DataSource db, int schoolId, List<String> runs) {
    List<Message> out = new ArrayList<>();
    new JdbcTemplate(db)
        .query(
            "SELECT o.idempotency_key, o.parent_id, o.student_id, o.channel, o.kind, o.due_at,"
                + " o.status FROM notification_outbox o WHERE o.school_id = ?",
            rs -> {
              if (rs.getString(1).startsWith("F:")) {
                String run =
                    new JdbcTemplate(db)
                        .queryForObject(
                            "SELECT m.run_id FROM notify_run_message m JOIN notification_outbox o"
                                + " ON o.id = m.outbox_id WHERE o.idempotency_key = ?",
                            String.class,
                            rs.getString(1));
                String[] parts = rs.getString(1).split(":");
                out.add(
                    new Message(
                        runs.indexOf(run),
                        "FORECAST:" + parts[2] + ":" + parts[3],
                        "FORECAST",
                        rs.getLong(2),
                        rs.getInt(3),
                        Channel.valueOf(rs.getString(4)),
                        rs.getString(5),
                        local(rs.getObject(6, LocalDateTime.class)),
                        rs.getString(7)));
                return;
              }
              long seq = Long.parseLong(rs.getString(1).split(":")[2]);
              Map<String, Object> event =
                  new JdbcTemplate(db)
                      .queryForMap(
                          "SELECT run_id, entry_key, change FROM ledger_event"
                              + " WHERE school_id = ? AND seq = ?",
                          schoolId,
                          seq);
              LocalDateTime due = rs.getObject(6, LocalDateTime.class);
              out.add(
                  new Message(
                      runs.indexOf((String) event.get("run_id")),
                      (String) event.get("entry_key"),
                      (String) event.get("change"),
                      rs.getLong(2),
                      rs.getInt(3),
                      Channel.valueOf(rs.getString(4)),
                      rs.getString(5),
                      due.atOffset(ZoneOffset.UTC).atZoneSameInstant(School.ZONE).toLocalDateTime(),
                      rs.getString(7)));
            },
            schoolId);
    return out;
  }

  private static LocalDateTime local(LocalDateTime utc) {
    return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(School.ZONE).toLocalDateTime();
  }

  private static Map<String, Integer> heldBack(DataSource db, int schoolId) {
    Map<String, Integer> out = new HashMap<>();
    new JdbcTemplate(db)
        .query(
            "SELECT channel, reason, SUM(messages) FROM notify_held_back WHERE school_id = ?"
                + " GROUP BY channel, reason",
            rs -> {
              out.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3));
            },
            schoolId);
    return out;
  }

  private DataSource database() {
    TestDatabase db = newDatabase();
    opened.add(db);
    return db.dataSource();
  }

  /** A FULL sync at the first night, NIGHTLY syncs after; the run ids in order. */
  private static List<String> walk(
      School school,
      DataSource db,
      List<LocalDateTime> nights,
      NotifyEventsProperties defaults,
      int dailyCap) {
    NotifyEventsProperties properties =
        new NotifyEventsProperties(
            Path.of("config", "notify"),
            defaults.quietFrom(),
            defaults.quietTo(),
            defaults.digestAt(),
            dailyCap,
            defaults.floodThreshold(),
            defaults.forecastDaysBefore(),
            defaults.classDigestCron());
    if (dailyCap < 100) {
      properties = properties.withFloodThreshold(dailyCap);
    }
    MovingClock clock =
        new MovingClock(nights.get(0).atZone(NightsContract.SCHOOL_ZONE).toInstant());
    OutboxWriter writer =
        new OutboxWriter(
            db,
            properties,
            NightsContract.SCHOOL_ZONE,
            new Templates(properties.templates()),
            () -> RuleSetLoader.load(Path.of("config", "rules")));
    List<String> runs = new ArrayList<>();
    try (MockNetCity mock =
        MockNetCity.start(school, MockOptions.defaults().withClock(nights.get(0)))) {
      NetCityConnection connection =
          new NetCityConnection(
              URI.create(mock.baseUrl()), "zavuch", "Завуч2021!", "" + mock.school().id());
      SyncJob job =
          new SyncJob(
              () -> connection,
              "mock-netcity",
              NightsContract.BUDGET,
              HostBudget.local(NightsContract.BUDGET),
              new Ledger(db, clock, Anchors.NONE, writer),
              db,
              NightsContract.PROPERTIES,
              clock,
              new SyncMetrics(new SimpleMeterRegistry()),
              SyncJob.NO_DASHBOARD);
      for (int n = 0; n < nights.size(); n++) {
        LocalDateTime night = nights.get(n);
        mock.clock().set(night);
        if (n > 0) {
          clock.advance(
              Duration.between(
                  nights.get(n - 1).atZone(NightsContract.SCHOOL_ZONE),
                  night.atZone(NightsContract.SCHOOL_ZONE)));
        }
        SyncOutcome outcome =
            job.run(n == 0 ? SyncMode.FULL : SyncMode.NIGHTLY, SyncProgress.SILENT);
        assertThat(outcome.complete()).as("sync of %s", night).isTrue();
        runs.add(outcome.summary().runId());
      }
    }
    return runs;
  }
}
