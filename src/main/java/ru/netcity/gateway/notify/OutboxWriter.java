package ru.netcity.gateway.notify;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.audit.ruleset.RuleSets;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.ledger.ChangeListener;
import ru.netcity.gateway.ledger.ChangeType;
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
  private final Supplier<RuleSets> ruleSets;
  private final int forecastDays;

  /** {@code ruleSets}: the rule sets in force (the forecast's rounding and 2.3.1 minimum). */
  public OutboxWriter(
      DataSource dataSource,
      NotifyEventsProperties properties,
      ZoneId zone,
      Templates templates,
      Supplier<RuleSets> ruleSets) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.ruleSets = ruleSets;
    this.forecastDays = properties.forecastDaysBefore();
    this.templates = templates;
    this.preferences = new PreferenceStore(dataSource, properties);
    this.schedule = new Schedule(zone, properties.digestAt());
    this.floodThreshold = properties.floodThreshold();
  }

  @Override
  public void recorded(RecordedUnit unit) {
    List<RecordedChange> live =
        unit.changes().stream().filter(c -> c.change() != ChangeType.BASELINE).toList();
    if (live.isEmpty()) {
      return; // a school's first run tells nothing
    }
    List<RecordedChange> causes =
        live.stream().filter(c -> MessageKind.of(c.kind(), c.change()).isPresent()).toList();
    boolean held =
        new FloodGuard(jdbc, floodThreshold).count(unit.runId(), unit.schoolId(), causes.size());
    Pass pass = new Pass(unit, held);
    pass.write(causes);
    live.stream().map(RecordedChange::classId).distinct().forEach(pass::forecast);
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
    private final Forecasts forecasts = new Forecasts(jdbc, ruleSets, forecastDays);

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
      String key =
          "L:%d:%d:%d:%d:%s"
              .formatted(unit.schoolId(), change.seq(), parent.id(), pupil, channel.name());
      store(key, kind, pupil, parent, channel, facts, p);
    }

    /** The consent gate, then the row unless the key is stored already. */
    private void store(
        String key,
        MessageKind kind,
        int pupil,
        Recipients.Parent parent,
        Channel channel,
        Facts facts,
        Preferences p) {
      LocalDate day = createdLocal.toLocalDate();
      Optional<ParentLink.Consent> consent = Optional.ofNullable(parent.consents().get(channel));
      if (consent.isEmpty() || !consent.get().inForce(day)) {
        String reason =
            consent.isPresent() && consent.get().revokedOn() != null ? "REVOKED" : "NO_CONSENT";
        rows.heldBack(unit.schoolId(), day, channel, reason);
        return;
      }
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

    /** The class's term forecast, when one is due today and not made yet (once per term). */
    void forecast(int classId) {
      LocalDate day = createdLocal.toLocalDate();
      Optional<Forecasts.Term> term = forecasts.due(unit.schoolId(), classId, day);
      if (term.isEmpty()) {
        return;
      }
      for (int pupil : recipients.roster(unit.schoolId(), classId)) {
        List<Forecasts.Line> lines = forecasts.of(unit.schoolId(), classId, pupil, term.get(), day);
        if (lines.isEmpty()) {
          continue;
        }
        for (Recipients.Parent parent :
            parents.computeIfAbsent(pupil, p -> recipients.parentsOf(unit.schoolId(), p))) {
          Preferences p = prefs.computeIfAbsent(parent.id(), preferences::of);
          List<Forecasts.Line> wanted =
              lines.stream()
                  .filter(l -> p.subjects().isEmpty() || p.subjects().contains(l.subject()))
                  .toList();
          for (Channel channel : parent.contacts().keySet()) {
            if (wanted.isEmpty() || !p.wants(channel, MessageKind.FORECAST, null)) {
              continue;
            }
            Facts facts =
                new Facts()
                    .put("child", childName(pupil))
                    .put("term", term.get().name())
                    .date(term.get().end())
                    .put("forecast", text(wanted));
            String key =
                "F:%d:%d:%s:%d:%d:%s"
                    .formatted(
                        unit.schoolId(),
                        classId,
                        term.get().end(),
                        parent.id(),
                        pupil,
                        channel.name());
            store(key, MessageKind.FORECAST, pupil, parent, channel, facts, p);
          }
        }
      }
    }

    private static String text(List<Forecasts.Line> lines) {
      return lines.stream()
          .map(
              l ->
                  "%s — прогноз %s; отметок %d, минимум %d: %s"
                      .formatted(
                          l.subject(),
                          l.forecast() == null ? "не определён (нет отметок)" : l.forecast(),
                          l.marks(),
                          l.minimum(),
                          l.sufficient() ? "достаточно" : "недостаточно"))
          .collect(Collectors.joining("\n"));
    }

    private String childName(int pupil) {
      String name = recipients.pupilName(unit.schoolId(), pupil);
      return name != null ? name : "ребёнок (№ " + pupil + " в АИС)";
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
      Facts facts =
          new Facts()
              .put("child", childName(pupil))
              .put("subject", change.subject())
              .put("teacher", teacher != null ? teacher : "не указан в журнале")
              .date(change.lessonDate())
              .put("value", change.change() == ChangeType.DELETED ? null : change.value())
              .put("previous", change.previous());
      if (change.kind() == EntryKind.TERM_MARK) {
        String key = change.entryKey();
        facts.put("term", key.substring(key.lastIndexOf(':') + 1));
      }
      return facts;
    }
  }
}
