package ru.netcity.gateway.notify;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.ledger.ChangeListener;
import ru.netcity.gateway.ledger.RecordedChange;
import ru.netcity.gateway.ledger.RecordedUnit;

/**
 * Fills the outbox from a unit's ledger changes, in the unit's transaction: for every change that
 * calls for a message ({@link MessageKind#of}), every parent of the pupil it concerns, on every
 * channel the parent has a contact for and wants the message on, when a written consent for that
 * child and channel is in force that school day (else the message is only counted as held back). A
 * school's first run (BASELINE) tells nothing; an incomplete unit reaches no listener; a flooded
 * run is held ({@link FloodGuard}).
 */
public final class OutboxWriter implements ChangeListener {
  private final JdbcTemplate jdbc;
  private final Templates templates;
  private final PreferenceStore preferences;
  private final Schedule schedule;
  private final int floodThreshold;

  public OutboxWriter(
      DataSource dataSource, NotifyEventsProperties properties, ZoneId zone, Templates templates) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.templates = templates;
    this.preferences = new PreferenceStore(dataSource, properties);
    this.schedule = new Schedule(zone, properties.digestAt());
    this.floodThreshold = properties.floodThreshold();
  }

  @Override
  public void recorded(RecordedUnit unit) {
    List<RecordedChange> causes =
        unit.changes().stream()
            .filter(c -> MessageKind.of(c.kind(), c.change()).isPresent())
            .toList();
    if (causes.isEmpty()) {
      return;
    }
    boolean held =
        new FloodGuard(jdbc, floodThreshold).count(unit.runId(), unit.schoolId(), causes.size());
    new Pass(unit, held).write(causes);
  }

  /** One unit's writing, with what it looked up once. */
  private final class Pass {
    private final RecordedUnit unit;
    private final boolean held;
    private final LocalDateTime createdLocal;
    private final Recipients recipients = new Recipients(jdbc);
    private final OutboxRows rows = new OutboxRows(jdbc);
    private final FloodGuard guard = new FloodGuard(jdbc, floodThreshold);
    private final Map<Integer, List<Recipients.Parent>> parents = new HashMap<>();
    private final Map<Long, Preferences> prefs = new HashMap<>();

    Pass(RecordedUnit unit, boolean held) {
      this.unit = unit;
      this.held = held;
      this.createdLocal = schedule.local(unit.at());
    }

    void write(List<RecordedChange> causes) {
      for (RecordedChange change : causes) {
        MessageKind kind = MessageKind.of(change.kind(), change.change()).orElseThrow();
        Set<Integer> pupils =
            change.studentId() != null
                ? Set.of(change.studentId())
                : recipients.pupilsOfLesson(
                    unit.schoolId(), change.classId(), change.lessonDate(), change.subject());
        String teacher =
            change.kind() == EntryKind.TERM_MARK
                ? null
                : recipients.teacher(
                    unit.schoolId(), change.classId(), change.lessonDate(), change.subject());
        for (int pupil : pupils) {
          Facts facts = facts(change, pupil, teacher);
          for (Recipients.Parent parent :
              parents.computeIfAbsent(pupil, p -> recipients.parentsOf(unit.schoolId(), p))) {
            for (Channel channel : parent.contacts().keySet()) {
              message(change, kind, pupil, parent, channel, facts);
            }
          }
        }
      }
    }

    private void message(
        RecordedChange change,
        MessageKind kind,
        int pupil,
        Recipients.Parent parent,
        Channel channel,
        Facts facts) {
      Preferences p = prefs.computeIfAbsent(parent.id(), preferences::of);
      if (!p.wants(channel, kind, change.subject())) {
        return;
      }
      LocalDate day = createdLocal.toLocalDate();
      Optional<ParentLink.Consent> consent = Optional.ofNullable(parent.consents().get(channel));
      if (consent.isEmpty() || !consent.get().inForce(day)) {
        String reason =
            consent.isPresent() && consent.get().revokedOn() != null ? "REVOKED" : "NO_CONSENT";
        rows.heldBack(unit.schoolId(), day, channel, reason);
        return;
      }
      String key =
          "L:%d:%d:%d:%d:%s"
              .formatted(unit.schoolId(), change.seq(), parent.id(), pupil, channel.name());
      if (rows.exists(key)) {
        return;
      }
      LocalDateTime due = capped(parent.id(), channel, schedule.due(createdLocal, p), p);
      long id =
          rows.insert(
              new OutboxRows.Row(
                  key,
                  parent.id(),
                  unit.schoolId(),
                  pupil,
                  channel,
                  kind,
                  templates.fill(kind, facts.map()),
                  unit.at(),
                  schedule.utc(due),
                  held));
      guard.stored(unit.runId(), id);
    }

    /** Past the daily cap on that school day, the message waits for the next day's morning. */
    private LocalDateTime capped(long parentId, Channel channel, LocalDateTime due, Preferences p) {
      for (int days = 0; days < 366; days++) {
        LocalDate day = due.toLocalDate();
        int n =
            rows.dueBetween(
                parentId,
                channel,
                schedule.utc(day.atStartOfDay()),
                schedule.utc(day.plusDays(1).atStartOfDay()));
        if (n < p.dailyCap()) {
          return due;
        }
        due = schedule.nextMorning(day, p);
      }
      return due;
    }

    private Facts facts(RecordedChange change, int pupil, String teacher) {
      String name = recipients.pupilName(unit.schoolId(), pupil);
      Facts facts =
          new Facts()
              .put("child", name != null ? name : "ребёнок (№ " + pupil + " в АИС)")
              .put("subject", change.subject())
              .put("teacher", teacher != null ? teacher : "не указан в журнале")
              .date(change.lessonDate())
              .put(
                  "value",
                  change.change() == ru.netcity.gateway.ledger.ChangeType.DELETED
                      ? null
                      : change.value())
              .put("previous", change.previous());
      if (change.kind() == EntryKind.TERM_MARK) {
        String key = change.entryKey();
        facts.put("term", key.substring(key.lastIndexOf(':') + 1));
      }
      return facts;
    }
  }
}
