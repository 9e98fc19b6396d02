package ru.netcity.gateway.audit;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import ru.netcity.gateway.audit.ruleset.HomeworkParameters;
import ru.netcity.gateway.audit.ruleset.RuleSet;
import ru.netcity.gateway.domain.EntryKind;

/**
 * Clause 2.2: homework goes in on the lesson day, no later than the configured hours after the end
 * of the class's last lesson that day (all groups, lessons the timetable moved included).
 */
final class HomeworkWithin5h implements Rule {
  static final String CODE = "HOMEWORK_WITHIN_5H";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public String clause() {
    return "2.2";
  }

  @Override
  public Set<EntryKind> reads() {
    return EnumSet.of(EntryKind.HOMEWORK);
  }

  @Override
  public void accept(JournalEntry e, AuditContext context, FindingSink out) {
    RuleSet set = context.rules(e.classId(), e.lessonDate()).orElse(null);
    LocalTime lastEnd = context.timetable().lastEnd(e.classId(), e.lessonDate());
    if (set == null || e.aisEnteredAt() == null || lastEnd == null) {
      return;
    }
    HomeworkParameters p = set.rules().homework();
    LocalDateTime deadline = e.lessonDate().atTime(lastEnd).plusHours(p.hoursAfterLastLesson());
    LocalDateTime dayEnd = e.lessonDate().plusDays(1).atStartOfDay();
    boolean cut = p.sameDayRequired() && deadline.isAfter(dayEnd);
    boolean late =
        e.aisEnteredAt().isAfter(deadline)
            || (p.sameDayRequired() && !e.aisEnteredAt().isBefore(dayEnd));
    if (!late) {
      return;
    }
    LocalDateTime due = cut ? dayEnd : deadline;
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("enteredAt", Texts.iso(e.aisEnteredAt()));
    evidence.put("lastLessonEnd", lastEnd.toString());
    evidence.put("deadline", Texts.iso(due));
    evidence.put("lagMinutes", Duration.between(due, e.aisEnteredAt()).toMinutes());
    evidence.put("hoursAfterLastLesson", p.hoursAfterLastLesson());
    out.add(
        this,
        set,
        Severity.VIOLATION,
        e.classId(),
        e.subject(),
        null,
        e.lessonDate(),
        evidence,
        ("Домашнее задание по предмету «%s» за %s внесено %s, позже срока %s"
                + " (%d ч после окончания последнего урока класса в %s) (п. 2.2).")
            .formatted(
                e.subject(),
                Texts.day(e.lessonDate()),
                Texts.time(e.aisEnteredAt()),
                Texts.time(due),
                p.hoursAfterLastLesson(),
                lastEnd));
  }
}
