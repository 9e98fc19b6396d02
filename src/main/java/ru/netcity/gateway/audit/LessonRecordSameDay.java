package ru.netcity.gateway.audit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import ru.netcity.gateway.audit.ruleset.LessonRecordParameters;
import ru.netcity.gateway.audit.ruleset.LessonRecordParameters.NextDay;
import ru.netcity.gateway.audit.ruleset.RuleSet;
import ru.netcity.gateway.domain.EntryKind;

/**
 * Clause 2.1: the lesson record (topic) and the absence marks go in on the lesson day; the next day
 * is an allowed exception (предупреждение, counted); later is a violation, and so is a lesson with
 * no record once the next day has passed — each group's lesson at a shared bell needs its own.
 */
final class LessonRecordSameDay implements Rule {
  static final String CODE = "LESSON_RECORD_SAME_DAY";

  /** Topic records per lesson slot (the slot's key without a group's {@code #n}). */
  private final Map<String, Integer> topics = new HashMap<>();

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public String clause() {
    return "2.1";
  }

  @Override
  public Set<EntryKind> reads() {
    return EnumSet.of(EntryKind.TOPIC, EntryKind.ABSENCE);
  }

  @Override
  public void accept(JournalEntry e, AuditContext context, FindingSink out) {
    if (e.kind() == EntryKind.TOPIC) {
      int group = e.key().indexOf('#');
      topics.merge(group < 0 ? e.key() : e.key().substring(0, group), 1, Integer::sum);
    }
    RuleSet set = context.rules(e.classId(), e.lessonDate()).orElse(null);
    if (set == null || e.aisEnteredAt() == null) {
      return;
    }
    LocalDateTime dayEnd = e.lessonDate().plusDays(1).atStartOfDay();
    if (e.aisEnteredAt().isBefore(dayEnd)) {
      return;
    }
    LocalDateTime allowedUntil = allowedUntil(e.lessonDate(), set);
    boolean nextDay = e.aisEnteredAt().isBefore(allowedUntil);
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("entry", e.kind() == EntryKind.TOPIC ? "topic" : "absence");
    evidence.put(Teachers.ENTRY_KEY, e.key());
    evidence.put("enteredAt", Texts.iso(e.aisEnteredAt()));
    evidence.put("deadline", Texts.iso(dayEnd));
    evidence.put("exceptionUntil", Texts.iso(allowedUntil));
    evidence.put("lagMinutes", Duration.between(dayEnd, e.aisEnteredAt()).toMinutes());
    evidence.put("nextDay", set.rules().lessonRecord().nextDay().name());
    String what =
        e.kind() == EntryKind.TOPIC
            ? "Запись об уроке «%s» за %s".formatted(e.subject(), Texts.day(e.lessonDate()))
            : "Отметка об отсутствии ученика на уроке «%s» за %s"
                .formatted(e.subject(), Texts.day(e.lessonDate()));
    String message =
        nextDay
            ? what
                + " внесена на следующий день (%s): допустимое исключение, учитывается (п. 2.1)."
                    .formatted(Texts.time(e.aisEnteredAt()))
            : what
                + " внесена %s, позже дня урока и следующего дня (п. 2.1)."
                    .formatted(Texts.time(e.aisEnteredAt()));
    out.add(
        this,
        set,
        nextDay ? Severity.WARNING : Severity.VIOLATION,
        e.classId(),
        e.subject(),
        e.studentId(),
        e.lessonDate(),
        evidence,
        message);
  }

  /** Lessons with no record at all once the next day is over (as of the newest sync). */
  @Override
  public void finish(AuditContext context, FindingSink out) {
    for (Timetable.Slot slot : context.timetable().allSlots()) {
      RuleSet set = context.rules(slot.classId(), slot.date()).orElse(null);
      if (set == null || !set.rules().lessonRecord().reportMissingRecord()) {
        continue;
      }
      String key =
          "TOPIC:"
              + slot.classId()
              + ":"
              + slot.date()
              + ":"
              + slot.number()
              + ":"
              + slot.subject();
      LocalDateTime allowedUntil = allowedUntil(slot.date(), set);
      int records = topics.getOrDefault(key, 0);
      if (records >= slot.lessons() || context.asOf().isBefore(allowedUntil)) {
        continue;
      }
      Map<String, Object> evidence = new LinkedHashMap<>();
      evidence.put("entry", "topic");
      evidence.put("lessonNumber", slot.number());
      evidence.put("exceptionUntil", Texts.iso(allowedUntil));
      evidence.put("checkedAt", Texts.iso(context.asOf()));
      if (slot.lessons() > 1) {
        evidence.put("groupLessons", slot.lessons());
        evidence.put("records", records);
      }
      String lesson =
          "Запись об уроке «%s» (%d-й урок) за %s"
              .formatted(slot.subject(), slot.number(), Texts.day(slot.date()));
      out.add(
          this,
          set,
          Severity.VIOLATION,
          slot.classId(),
          slot.subject(),
          null,
          slot.date(),
          evidence,
          records == 0
              ? lesson + " не внесена (п. 2.1)."
              : lesson
                  + " внесена не для всех групп: %d из %d (п. 2.1)."
                      .formatted(records, slot.lessons()));
    }
  }

  /** The end of the allowed next day. */
  static LocalDateTime allowedUntil(LocalDate lessonDate, RuleSet set) {
    LessonRecordParameters p = set.rules().lessonRecord();
    LocalDate next =
        p.nextDay() == NextDay.SCHOOL_DAY
            ? set.calendar().nextSchoolDay(lessonDate)
            : lessonDate.plusDays(1);
    return next.plusDays(1).atStartOfDay();
  }
}
