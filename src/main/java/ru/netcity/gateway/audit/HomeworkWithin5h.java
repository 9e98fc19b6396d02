package ru.netcity.gateway.audit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.netcity.gateway.audit.ruleset.HomeworkParameters;
import ru.netcity.gateway.audit.ruleset.HomeworkParameters.LastLessonOf;
import ru.netcity.gateway.audit.ruleset.RuleSet;
import ru.netcity.gateway.domain.EntryKind;

/**
 * Clause 2.2: homework goes in on the lesson day, no later than the configured hours after the end
 * of all lessons that day ({@link DayEnds}: the school's in the class's shift by default); where no
 * time can be known, a сведения finding says the rule could not be applied.
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

  /** What the rule keeps of a homework entry until every class's lessons are read. */
  private record Given(
      String key, int classId, LocalDate lessonDate, String subject, LocalDateTime aisEnteredAt) {}

  /** Judged once every class's lessons are read: the reference may be another class's. */
  private final List<Given> homework = new ArrayList<>();

  @Override
  public void accept(JournalEntry e, AuditContext context, FindingSink out) {
    if (e.aisEnteredAt() != null) {
      homework.add(new Given(e.key(), e.classId(), e.lessonDate(), e.subject(), e.aisEnteredAt()));
    }
  }

  @Override
  public void finish(AuditContext context, FindingSink out) {
    for (Given e : homework) {
      judge(e, context, out);
    }
    homework.clear();
  }

  private void judge(Given e, AuditContext context, FindingSink out) {
    RuleSet set = context.rules(e.classId(), e.lessonDate()).orElse(null);
    if (set == null || e.aisEnteredAt() == null) {
      return;
    }
    HomeworkParameters p = set.rules().homework();
    DayEnds.End end = context.timetable().lastEnd(e.classId(), e.lessonDate(), p);
    boolean school = p.lastLessonOf() == LastLessonOf.SCHOOL_SHIFT;
    if (!end.known()) {
      unknown(e, set, end, out);
      return;
    }
    LocalTime lastEnd = end.end();
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
    evidence.put(Teachers.ENTRY_KEY, e.key());
    evidence.put("enteredAt", Texts.iso(e.aisEnteredAt()));
    evidence.put("lastLessonEnd", lastEnd.toString());
    evidence.put("lastLessonOf", school ? "school-shift" : "class");
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
                + " (%d ч после окончания последнего урока %s в %s) (п. 2.2).")
            .formatted(
                e.subject(),
                Texts.day(e.lessonDate()),
                Texts.time(e.aisEnteredAt()),
                Texts.time(due),
                p.hoursAfterLastLesson(),
                school ? "смены в школе" : "класса",
                lastEnd));
  }

  /** No time of the day's last lesson can be known: the rule is not applied, and says so. */
  private void unknown(Given e, RuleSet set, DayEnds.End end, FindingSink out) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("enteredAt", Texts.iso(e.aisEnteredAt()));
    evidence.put("lessonsWithoutTime", end.unknownBells());
    List<Integer> numbers = end.unknownBells();
    String bells = numbers.stream().map(n -> n + "-й").collect(Collectors.joining(", "));
    String why =
        numbers.isEmpty()
            ? "уроков класса в этот день в АИС нет"
            : bells
                + (numbers.size() == 1 ? " урок" : " уроки")
                + " без времени в АИС и в расписании звонков";
    out.add(
        this,
        set,
        Severity.INFO,
        e.classId(),
        e.subject(),
        null,
        e.lessonDate(),
        evidence,
        ("Срок домашнего задания по предмету «%s» за %s не определён: время окончания уроков"
                + " этого дня неизвестно (%s), п. 2.2 не применён.")
            .formatted(e.subject(), Texts.day(e.lessonDate()), why));
  }
}
