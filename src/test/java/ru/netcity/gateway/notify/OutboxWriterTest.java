package ru.netcity.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.audit.ruleset.RuleSetLoader;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.ledger.Anchors;
import ru.netcity.gateway.ledger.ChangeListener;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.support.MovingClock;
import ru.netcity.gateway.support.TestDatabase;

/**
 * The outbox writer on a hand-made ledger: the first baseline and a truncated unit tell nothing, a
 * failing listener rolls the unit back (one transaction), the daily cap and the evening digest move
 * due_at.
 */
class OutboxWriterTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Tomsk");
  private static final LocalDate DAY = LocalDate.of(2025, 10, 6);
  private static final UnitScope SCOPE = new UnitScope(1, 10, DAY, DAY);

  private TestDatabase db;
  private JdbcTemplate jdbc;
  private MovingClock clock;

  @BeforeEach
  void register() {
    db = TestDatabase.h2();
    jdbc = new JdbcTemplate(db.dataSource());
    clock = new MovingClock(DAY.plusDays(1).atTime(2, 30).atZone(ZONE).toInstant());
    jdbc.update(
        "INSERT INTO roster (school_id, class_id, class_name, student_id, run_id)"
            + " VALUES (1, 10, '7А', 100, 'x')");
    for (int parent = 1; parent <= 2; parent++) {
      jdbc.update(
          "INSERT INTO parent (id, name_key, full_name, email, updated_at)"
              + " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)",
          parent,
          "p" + parent,
          "P" + parent,
          "p" + parent + "@example.ru");
      jdbc.update(
          "INSERT INTO parent_child (parent_id, school_id, student_id, class_name, diary_access)"
              + " VALUES (?, 1, 100, '7А', TRUE)",
          parent);
      jdbc.update(
          "INSERT INTO parent_consent (parent_id, school_id, student_id, channel, consent_date,"
              + " document) VALUES (?, 1, 100, 'EMAIL', DATE '2025-09-01', 'заявление')",
          parent);
    }
    // parent 1: two messages a day; parent 2: the evening digest
    jdbc.update(
        "INSERT INTO notify_preference (parent_id, daily_cap, updated_at)"
            + " VALUES (1, 2, CURRENT_TIMESTAMP)");
    jdbc.update(
        "INSERT INTO notify_preference (parent_id, digest, updated_at)"
            + " VALUES (2, TRUE, CURRENT_TIMESTAMP)");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void baselineAndTruncatedUnitsTellNothingAndTheCapAndDigestMoveDueTimes() {
    Ledger ledger = ledger(writer());
    record(ledger, marks(0, 25)); // the school's first run: baseline
    assertThat(count("notification_outbox")).isZero();

    record(ledger, marks(0, 5)); // far fewer than stored: truncated, incomplete
    assertThat(count("notification_outbox")).isZero();

    List<Observation> more = marks(0, 25);
    more.addAll(marks(25, 28)); // three new marks
    record(ledger, more);

    LocalDateTime morning = local(DAY.plusDays(1).atTime(8, 0));
    assertThat(dues(1)).containsExactly(morning, morning, morning.plusDays(1));
    assertThat(dues(2)).containsOnly(local(DAY.plusDays(1).atTime(19, 0))).hasSize(3);
    assertThat(jdbc.queryForList("SELECT DISTINCT kind FROM notification_outbox", String.class))
        .containsExactly("MARK_ADDED");
  }

  @Test
  void aListenerThatFailsRollsTheUnitBackWithItsMessages() {
    OutboxWriter writer = writer();
    Ledger ledger = ledger(writer);
    record(ledger, marks(0, 3));
    int events = count("ledger_event");
    ChangeListener failing =
        unit -> {
          writer.recorded(unit);
          assertThat(count("notification_outbox")).isPositive(); // written, not yet committed
          throw new IllegalStateException("crash after the outbox rows");
        };
    Ledger crashing = ledger(failing);
    String run = crashing.startRun(1, 1);
    assertThatThrownBy(() -> crashing.recordUnit(run, SCOPE, marks(0, 4)))
        .hasMessageContaining("crash");
    assertThat(count("notification_outbox")).isZero();
    assertThat(count("ledger_event")).isEqualTo(events);
  }

  private OutboxWriter writer() {
    return new OutboxWriter(
        db.dataSource(),
        NotifyEventsProperties.defaults(),
        ZONE,
        new Templates(Path.of("config", "notify")),
        () -> RuleSetLoader.load(Path.of("config", "rules")));
  }

  private Ledger ledger(ChangeListener listener) {
    return new Ledger(db.dataSource(), clock, Anchors.NONE, listener);
  }

  private void record(Ledger ledger, List<Observation> observations) {
    String run = ledger.startRun(1, 1);
    ledger.recordUnit(run, SCOPE, observations);
    ledger.finishRun(run, List.of(SCOPE.key()));
    clock.advance(Duration.ofMinutes(5));
  }

  private static List<Observation> marks(int from, int to) {
    List<Observation> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add(
          new Observation(
              EntryKind.MARK, "MARK:" + i + ":100", 10, DAY, "Математика", 100, "5", null));
    }
    return out;
  }

  private List<LocalDateTime> dues(long parent) {
    return jdbc.queryForList(
        "SELECT due_at FROM notification_outbox WHERE parent_id = ? ORDER BY due_at",
        LocalDateTime.class,
        parent);
  }

  /** A school-time moment as the outbox stores it (UTC). */
  private static LocalDateTime local(LocalDateTime schoolTime) {
    return schoolTime.atZone(ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }

  private int count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }
}
