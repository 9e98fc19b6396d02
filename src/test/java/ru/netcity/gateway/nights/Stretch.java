package ru.netcity.gateway.nights;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.TreeSet;
import ru.netcity.mock.school.HistoryItem;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.School;

/**
 * Consecutive school days of a generated school whose nights see the most kinds of seeded history
 * events (then the most events).
 */
final class Stretch {
  private Stretch() {}

  /**
   * The {@code length} consecutive school days whose nights see a deletion and a change the ledger
   * can record (of an entry a night saw before), then the most kinds of history items.
   */
  static List<LocalDate> busiest(School school, int length) {
    List<LocalDate> days =
        List.copyOf(new TreeSet<>(school.base().lessons().stream().map(Lesson::date).toList()));
    int best = 0;
    long most = -1;
    for (int i = 0; i + length <= days.size(); i++) {
      List<String> kinds =
          items(school, night(days.get(i)), night(days.get(i + length - 1).plusDays(2)));
      // deleted or changed by the night after the last day, so the next night's sync records it
      List<String> recordable =
          items(school, night(days.get(i)), night(days.get(i + length - 1).plusDays(1))).stream()
              .filter(Stretch::afterTheLessonDay)
              .toList();
      boolean recordableDeletion =
          recordable.stream()
              .anyMatch(k -> k.startsWith("MARK_DELETED_") && !k.contains("SAME_DAY"));
      boolean recordableChange =
          recordable.stream()
              .anyMatch(
                  k ->
                      k.startsWith("MARK_EDITED_NEXT_DAY")
                          || k.startsWith("MARK_EDITED_WEEKS_LATER")
                          || k.startsWith("ABSENCE_N_TO_B")
                          || k.startsWith("HOMEWORK_EDITED")
                          || k.startsWith("TERM_MARK_CORRECTED"));
      // A recordable deletion and change first, then distinct kinds, then how many.
      long n =
          (recordableDeletion ? 10_000 : 0)
              + (recordableChange ? 10_000 : 0)
              + kinds.stream().map(k -> k.split(" ")[0]).distinct().count() * 100
              + kinds.size();
      if (n > most) {
        most = n;
        best = i;
      }
    }
    return days.subList(best, best + length);
  }

  /** The history items that happen after {@code from} and by {@code to}. */
  static List<String> items(School school, LocalDateTime from, LocalDateTime to) {
    return school.base().history().items().stream()
        .filter(i -> i.at().isAfter(from) && !i.at().isAfter(to))
        .map(Stretch::describe)
        .toList();
  }

  /** An item of a day after its lesson's: a night's sync saw the entry before it. */
  private static boolean afterTheLessonDay(String item) {
    String[] parts = item.split(" ")[1].split("@");
    return LocalDateTime.parse(parts[1]).toLocalDate().isAfter(LocalDate.parse(parts[0]));
  }

  private static String describe(HistoryItem i) {
    return i.kind() + " " + i.lessonDate() + "@" + i.at();
  }

  private static LocalDateTime night(LocalDate day) {
    return day.atTime(LocalTime.of(2, 30));
  }
}
