package ru.netcity.gateway.audit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The lessons the AIS holds, from the ledger's LESSON entries ({@code <number>|<start>-<end>|
 * <subject>|<room>}): the end of each class's last lesson of a day (all groups, moved lessons
 * included) and each subject's lesson slots. Parallel group lessons share a slot (date and number),
 * so a student's lessons of a subject are the slots.
 */
public final class Timetable {
  /** A lesson slot of one subject in one class. */
  public record Slot(int classId, LocalDate date, int number, String subject) {}

  private final Map<Integer, Map<LocalDate, LocalTime>> lastEnd = new HashMap<>();
  private final Map<Integer, Map<String, TreeMap<LocalDate, TreeSet<Integer>>>> slots =
      new HashMap<>();

  void add(int classId, LocalDate date, String value) {
    String[] parts = value.split("\\|", -1);
    if (parts.length < 3 || date == null) {
      return;
    }
    int number = Integer.parseInt(parts[0]);
    String[] times = parts[1].split("-", -1);
    if (times.length == 2 && !times[1].isEmpty()) {
      LocalTime end = time(times[1]);
      lastEnd
          .computeIfAbsent(classId, c -> new HashMap<>())
          .merge(date, end, (a, b) -> b.isAfter(a) ? b : a);
    }
    slots
        .computeIfAbsent(classId, c -> new HashMap<>())
        .computeIfAbsent(parts[2], k -> new TreeMap<>())
        .computeIfAbsent(date, d -> new TreeSet<>())
        .add(number);
  }

  /** "HH:MM" as the ledger writes it (LocalTime#toString); faster than a formatter per lesson. */
  private static LocalTime time(String text) {
    if (text.length() == 5 && text.charAt(2) == ':') {
      return LocalTime.of(Integer.parseInt(text, 0, 2, 10), Integer.parseInt(text, 3, 5, 10));
    }
    return LocalTime.parse(text);
  }

  /** End of the class's last lesson that day, or null when the AIS shows no lesson with times. */
  public LocalTime lastEnd(int classId, LocalDate date) {
    return lastEnd.getOrDefault(classId, Map.of()).get(date);
  }

  /** Lesson slots of a subject in a class between two days, inclusive. */
  public int lessons(int classId, String subject, LocalDate from, LocalDate to) {
    TreeMap<LocalDate, TreeSet<Integer>> days = slots.getOrDefault(classId, Map.of()).get(subject);
    if (days == null) {
      return 0;
    }
    return days.subMap(from, true, to, true).values().stream().mapToInt(TreeSet::size).sum();
  }

  /**
   * Weekly hours: the most frequent number of slots per week within the days (weeks with no lesson
   * of the subject are left out, so vacations do not count; a tie takes the larger number).
   */
  public int weeklyHours(int classId, String subject, LocalDate from, LocalDate to) {
    TreeMap<LocalDate, TreeSet<Integer>> days = slots.getOrDefault(classId, Map.of()).get(subject);
    if (days == null) {
      return 0;
    }
    Map<LocalDate, Integer> perWeek = new TreeMap<>();
    days.subMap(from, true, to, true)
        .forEach((d, n) -> perWeek.merge(d.with(DayOfWeek.MONDAY), n.size(), Integer::sum));
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

  /** Every lesson slot, for rules that look for records that are missing. */
  public List<Slot> allSlots() {
    List<Slot> all = new ArrayList<>();
    slots.forEach(
        (classId, subjects) ->
            subjects.forEach(
                (subject, days) ->
                    days.forEach(
                        (d, numbers) ->
                            numbers.forEach(n -> all.add(new Slot(classId, d, n, subject))))));
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
