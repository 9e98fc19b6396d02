package ru.netcity.gateway.audit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import ru.netcity.gateway.audit.ruleset.HomeworkParameters;

/**
 * The lessons the AIS holds, from the ledger's LESSON entries ({@code <number>|<start>-<end>|
 * <subject>|<room>[|<ids>]}): the end of the lessons of a day for clause 2.2 ({@link DayEnds}) and
 * each subject's lesson slots. Parallel group lessons share a slot (date and number); a group's
 * lesson names the students whose diary shows it, so each student's own lessons of a subject are
 * the slots with a whole-class lesson or a lesson of their group (design.md §4: weekly hours are
 * the pupil's own lessons, and a pupil is judged only in subjects he takes).
 */
public final class Timetable {
  /**
   * A lesson slot of one subject in one class.
   *
   * @param lessons the lessons held at it: two when two groups have the subject at that bell
   */
  public record Slot(int classId, LocalDate date, int number, String subject, int lessons) {}

  /** The members of a slot taken by the whole class. */
  private static final Set<Integer> WHOLE = Set.of();

  private final DayEnds dayEnds = new DayEnds();

  /** Lessons per slot ({@link Slot} with lessons 0), where more than one. */
  private final Map<Slot, Integer> shared = new HashMap<>();

  /** Per class and subject: date → lesson number → its students ({@link #WHOLE}: everyone). */
  private final Map<Integer, Map<String, TreeMap<LocalDate, TreeMap<Integer, Set<Integer>>>>>
      slots = new HashMap<>();

  void add(int classId, LocalDate date, String value) {
    String[] parts = value.split("\\|", -1);
    if (parts.length < 3 || date == null) {
      return;
    }
    int number = Integer.parseInt(parts[0]);
    String[] times = parts[1].split("-", -1);
    boolean timed = times.length == 2 && !times[1].isEmpty();
    dayEnds.add(
        classId,
        date,
        number,
        timed && !times[0].isEmpty() ? time(times[0]) : null,
        timed ? time(times[1]) : null);
    Set<Integer> members = parts.length > 4 && !parts[4].isEmpty() ? ids(parts[4]) : WHOLE;
    slots
        .computeIfAbsent(classId, c -> new HashMap<>())
        .computeIfAbsent(parts[2], k -> new TreeMap<>())
        .computeIfAbsent(date, d -> new TreeMap<>())
        .merge(
            number,
            members,
            (a, b) -> {
              shared.merge(new Slot(classId, date, number, parts[2], 0), 2, (x, y) -> x + 1);
              return union(a, b);
            });
  }

  private static Set<Integer> ids(String text) {
    Set<Integer> ids = new HashSet<>();
    for (String id : text.split(",")) {
      ids.add(Integer.parseInt(id.trim()));
    }
    return ids;
  }

  /** Two lessons at one slot: the whole class's if either is, else both groups together. */
  private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
    if (a == WHOLE || b == WHOLE) {
      return WHOLE;
    }
    Set<Integer> both = new HashSet<>(a);
    both.addAll(b);
    return both;
  }

  /** "HH:MM" as the ledger writes it (LocalTime#toString); faster than a formatter per lesson. */
  private static LocalTime time(String text) {
    if (text.length() == 5 && text.charAt(2) == ':') {
      return LocalTime.of(Integer.parseInt(text, 0, 2, 10), Integer.parseInt(text, 3, 5, 10));
    }
    return LocalTime.parse(text);
  }

  /** Clause 2.2's end of the lessons of that class's day, as the parameters read it. */
  DayEnds.End lastEnd(int classId, LocalDate date, HomeworkParameters p) {
    return dayEnds.of(classId, date, p);
  }

  private NavigableMap<LocalDate, TreeMap<Integer, Set<Integer>>> days(
      int classId, String subject, LocalDate from, LocalDate to) {
    TreeMap<LocalDate, TreeMap<Integer, Set<Integer>>> days =
        slots.getOrDefault(classId, Map.of()).get(subject);
    return days == null ? new TreeMap<>() : days.subMap(from, true, to, true);
  }

  /** Lesson slots of a subject in a class between two days, inclusive. */
  public int lessons(int classId, String subject, LocalDate from, LocalDate to) {
    return days(classId, subject, from, to).values().stream().mapToInt(TreeMap::size).sum();
  }

  /** The student's own lesson slots of a subject (whole-class or his group's), inclusive. */
  public int lessons(int classId, String subject, int student, LocalDate from, LocalDate to) {
    int n = 0;
    for (TreeMap<Integer, Set<Integer>> day : days(classId, subject, from, to).values()) {
      for (Set<Integer> members : day.values()) {
        n += members == WHOLE || members.contains(student) ? 1 : 0;
      }
    }
    return n;
  }

  /**
   * Whether the student's diary showed a group's lesson of the class between the days: he was in
   * the class then even if the ledger holds no entry of his.
   */
  public boolean namedIn(int classId, int student, LocalDate from, LocalDate to) {
    for (TreeMap<LocalDate, TreeMap<Integer, Set<Integer>>> subject :
        slots.getOrDefault(classId, Map.of()).values()) {
      for (TreeMap<Integer, Set<Integer>> day : subject.subMap(from, true, to, true).values()) {
        for (Set<Integer> members : day.values()) {
          if (members != WHOLE && members.contains(student)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether some lesson of the subject between the days is a group's, not the whole class's. */
  public boolean hasGroups(int classId, String subject, LocalDate from, LocalDate to) {
    for (TreeMap<Integer, Set<Integer>> day : days(classId, subject, from, to).values()) {
      for (Set<Integer> members : day.values()) {
        if (members != WHOLE) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Weekly hours: the most frequent number of slots per week within the days (weeks with no lesson
   * of the subject are left out, so vacations do not count; a tie takes the larger number).
   */
  public int weeklyHours(int classId, String subject, LocalDate from, LocalDate to) {
    return weeklyHours(classId, subject, null, from, to);
  }

  /** Weekly hours of the student's own lessons (null: every slot), as {@link #weeklyHours}. */
  public int weeklyHours(
      int classId, String subject, Integer student, LocalDate from, LocalDate to) {
    Map<LocalDate, Integer> perWeek = new TreeMap<>();
    days(classId, subject, from, to)
        .forEach(
            (d, numbers) -> {
              int n = 0;
              for (Set<Integer> members : numbers.values()) {
                n += student == null || members == WHOLE || members.contains(student) ? 1 : 0;
              }
              if (n > 0) {
                perWeek.merge(d.with(DayOfWeek.MONDAY), n, Integer::sum);
              }
            });
    Map<Integer, Integer> frequency = new TreeMap<>();
    perWeek.values().forEach(n -> frequency.merge(n, 1, Integer::sum));
    int best = 0;
    int bestCount = 0;
    for (var e : frequency.entrySet()) {
      if (e.getValue() >= bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /**
   * The class's school days between two days, inclusive: days with any lesson of the class; with a
   * student, the days with one of his own lessons (a pupil who arrived, left or moved has fewer).
   */
  public int schoolDays(int classId, Integer student, LocalDate from, LocalDate to) {
    Set<LocalDate> days = new HashSet<>();
    for (TreeMap<LocalDate, TreeMap<Integer, Set<Integer>>> subject :
        slots.getOrDefault(classId, Map.of()).values()) {
      subject
          .subMap(from, true, to, true)
          .forEach(
              (d, numbers) -> {
                if (student == null || days.contains(d)) {
                  days.add(d);
                  return;
                }
                for (Set<Integer> members : numbers.values()) {
                  if (members == WHOLE || members.contains(student)) {
                    days.add(d);
                    return;
                  }
                }
              });
    }
    return days.size();
  }

  /** Every lesson slot, for rules that look for records that are missing. */
  public List<Slot> allSlots() {
    List<Slot> all = new ArrayList<>();
    slots.forEach(
        (classId, subjects) ->
            subjects.forEach(
                (subject, days) ->
                    days.forEach(
                        (d, numbers) ->
                            numbers
                                .keySet()
                                .forEach(
                                    n -> {
                                      Slot slot = new Slot(classId, d, n, subject, 0);
                                      int lessons = shared.getOrDefault(slot, 1);
                                      all.add(new Slot(classId, d, n, subject, lessons));
                                    }))));
    return all;
  }

  /** The subjects with lessons in the class between two days, inclusive, by name. */
  public Set<String> subjects(int classId, LocalDate from, LocalDate to) {
    Set<String> subjects = new TreeSet<>();
    slots
        .getOrDefault(classId, Map.of())
        .forEach(
            (subject, days) -> {
              if (!days.subMap(from, true, to, true).isEmpty()) {
                subjects.add(subject);
              }
            });
    return subjects;
  }
}
