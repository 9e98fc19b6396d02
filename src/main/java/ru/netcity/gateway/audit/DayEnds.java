package ru.netcity.gateway.audit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import ru.netcity.gateway.audit.ruleset.HomeworkParameters;
import ru.netcity.gateway.audit.ruleset.HomeworkParameters.LastLessonOf;

/**
 * Clause 2.2's reference time, «окончания всех учебных занятий»: the end of the school's last
 * lesson that day among the classes of the class's shift, or (a rule-set choice) of the class's
 * own.
 *
 * <p>A lesson the AIS shows without times takes the rule set's bell schedule, else the latest times
 * the AIS shows for its number on another lesson of the school that day. The ledger keeps no shift
 * (the diary's «relay»): classes whose lessons that day overlap or touch in time, directly or
 * through other classes, are one shift. A lesson whose time stays unknown leaves the reference
 * unknown when its number is above every timed bell of the shift (bells run in number order).
 */
final class DayEnds {
  /**
   * The reference of one class and day.
   *
   * @param end null when it cannot be known
   * @param unknownBells the numbers of the lessons without a time that make it unknown
   */
  record End(LocalTime end, List<Integer> unknownBells) {
    boolean known() {
      return end != null;
    }
  }

  private record Lesson(int classId, int number, LocalTime start, LocalTime end) {}

  /** A class's day: its span over the lessons with a time, and its highest bell each way. */
  private static final class Span {
    LocalTime start;
    LocalTime end;
    int timedMax;
    final TreeSet<Integer> untimed = new TreeSet<>();
    Shift shift;
  }

  private static final class Shift {
    LocalTime end;
    int timedMax;
    final TreeSet<Integer> unknown = new TreeSet<>();
  }

  private final Map<LocalDate, List<Lesson>> byDay = new HashMap<>();
  private final Map<LocalDate, Map<Integer, Span>> cache = new HashMap<>();
  private Map<Integer, String> cachedBells;

  /** A lesson of the AIS; {@code start} and {@code end} null when it shows none. */
  void add(int classId, LocalDate date, int number, LocalTime start, LocalTime end) {
    byDay
        .computeIfAbsent(date, d -> new ArrayList<>())
        .add(new Lesson(classId, number, start, end));
  }

  End of(int classId, LocalDate date, HomeworkParameters p) {
    if (!p.bells().equals(cachedBells)) {
      cache.clear();
      cachedBells = p.bells();
    }
    Span span = cache.computeIfAbsent(date, d -> spans(d, p.bells())).get(classId);
    if (span == null) {
      return new End(null, List.of());
    }
    if (span.end == null) {
      return new End(null, List.copyOf(span.untimed));
    }
    if (p.lastLessonOf() == LastLessonOf.CLASS) {
      List<Integer> above = List.copyOf(span.untimed.tailSet(span.timedMax, false));
      return above.isEmpty() ? new End(span.end, List.of()) : new End(null, above);
    }
    Shift shift = span.shift;
    return shift.unknown.isEmpty()
        ? new End(shift.end, List.of())
        : new End(null, List.copyOf(shift.unknown));
  }

  private Map<Integer, Span> spans(LocalDate date, Map<Integer, String> bells) {
    List<Lesson> lessons = byDay.getOrDefault(date, List.of());
    Map<Integer, Lesson> shown = new HashMap<>();
    for (Lesson l : lessons) {
      if (l.end() != null) {
        shown.merge(l.number(), l, (a, b) -> b.end().isAfter(a.end()) ? b : a);
      }
    }
    Map<Integer, Span> spans = new HashMap<>();
    for (Lesson l : lessons) {
      Lesson timed = timed(l, bells, shown);
      Span s = spans.computeIfAbsent(l.classId(), c -> new Span());
      if (timed == null) {
        s.untimed.add(l.number());
        continue;
      }
      LocalTime start = timed.start() != null ? timed.start() : timed.end();
      s.start = s.start == null || start.isBefore(s.start) ? start : s.start;
      s.end = s.end == null || timed.end().isAfter(s.end) ? timed.end() : s.end;
      s.timedMax = Math.max(s.timedMax, l.number());
    }
    shifts(spans);
    return spans;
  }

  /** The lesson with its own times, the bell schedule's, or those shown for its bell, or null. */
  private static Lesson timed(Lesson l, Map<Integer, String> bells, Map<Integer, Lesson> shown) {
    if (l.end() != null) {
      return l;
    }
    String bell = bells.get(l.number());
    if (bell != null) {
      return new Lesson(
          l.classId(),
          l.number(),
          LocalTime.parse(bell.substring(0, 5)),
          LocalTime.parse(bell.substring(6)));
    }
    return shown.get(l.number());
  }

  /** Classes whose spans overlap or touch form one shift; untimed late bells make it unknown. */
  private static void shifts(Map<Integer, Span> spans) {
    List<Span> placed = new ArrayList<>();
    List<Span> unplaced = new ArrayList<>();
    spans.values().forEach(s -> (s.end != null ? placed : unplaced).add(s));
    placed.sort(Comparator.comparing((Span s) -> s.start));
    List<Shift> shifts = new ArrayList<>();
    Shift current = null;
    for (Span s : placed) {
      if (current == null || s.start.isAfter(current.end)) {
        current = new Shift();
        current.end = s.end;
        shifts.add(current);
      }
      current.end = s.end.isAfter(current.end) ? s.end : current.end;
      current.timedMax = Math.max(current.timedMax, s.timedMax);
      s.shift = current;
    }
    for (Span s : placed) {
      s.shift.unknown.addAll(s.untimed.tailSet(s.shift.timedMax, false));
    }
    // a class with no timed lesson at all cannot be placed: its late bells may belong to any shift
    for (Span s : unplaced) {
      for (Shift shift : shifts) {
        shift.unknown.addAll(s.untimed.tailSet(shift.timedMax, false));
      }
    }
  }
}
