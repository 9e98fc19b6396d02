package ru.netcity.mock.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The 2025/2026 school year of the cadet school: terms, vacations and the bell schedule. */
final class SchoolCalendar {
  private SchoolCalendar() {}

  static final int YEAR_ID = 310;
  static final LocalDate YEAR_START = LocalDate.of(2025, 9, 1);
  static final LocalDate YEAR_END = LocalDate.of(2026, 5, 31);

  /**
   * The transferred working Saturday: lessons are held on it as on a Friday, in exchange for {@link
   * #EXCHANGE_HOLIDAY}, a Friday off (both in the 2nd quarter).
   */
  static final LocalDate WORKING_SATURDAY = LocalDate.of(2025, 11, 29);

  /** The weekday off given in exchange for {@link #WORKING_SATURDAY}. */
  static final LocalDate EXCHANGE_HOLIDAY = LocalDate.of(2025, 12, 5);

  /** End of the last term: year marks are due after it. */
  static final LocalDate LAST_TERM_END = LocalDate.of(2026, 5, 26);

  /** Quarters first, then half-years, as {@link School#terms()} promises. */
  static List<Term> terms() {
    return List.of(
        new Term(1, "1 четверть", d(2025, 9, 1), d(2025, 10, 24), false),
        new Term(2, "2 четверть", d(2025, 11, 5), d(2025, 12, 26), false),
        new Term(3, "3 четверть", d(2026, 1, 12), d(2026, 3, 20), false),
        new Term(4, "4 четверть", d(2026, 3, 30), d(2026, 5, 26), false),
        new Term(5, "1 полугодие", d(2025, 9, 1), d(2025, 12, 26), true),
        new Term(6, "2 полугодие", d(2026, 1, 12), d(2026, 5, 26), true));
  }

  /**
   * Vacations and public holidays, weekdays only (weekends are no school days, except {@link
   * #WORKING_SATURDAY}), with the exchanged weekday off.
   */
  static TreeSet<LocalDate> holidays() {
    TreeSet<LocalDate> days = new TreeSet<>();
    addRange(days, d(2025, 10, 25), d(2025, 11, 4));
    addRange(days, d(2025, 12, 27), d(2026, 1, 11));
    addRange(days, d(2026, 2, 23), d(2026, 2, 23));
    addRange(days, d(2026, 3, 9), d(2026, 3, 9));
    addRange(days, d(2026, 3, 21), d(2026, 3, 29));
    addRange(days, d(2026, 5, 1), d(2026, 5, 1));
    addRange(days, d(2026, 5, 11), d(2026, 5, 11));
    days.add(EXCHANGE_HOLIDAY);
    return days;
  }

  /** Bells 1–7 are the regular day; bell 8 only carries lessons the timetable moved. */
  static List<Bell> bells() {
    String[][] times = {
      {"08:30", "09:10"}, {"09:20", "10:00"}, {"10:15", "10:55"}, {"11:10", "11:50"},
      {"12:05", "12:45"}, {"12:55", "13:35"}, {"13:45", "14:25"}, {"14:35", "15:15"}
    };
    List<Bell> bells = new ArrayList<>();
    for (int i = 0; i < times.length; i++) {
      bells.add(new Bell(i + 1, LocalTime.parse(times[i][0]), LocalTime.parse(times[i][1])));
    }
    return bells;
  }

  /**
   * The weekday (0 = Monday) whose timetable a school day follows: Friday's on the working
   * Saturday.
   */
  static int timetableDay(LocalDate day) {
    return day.equals(WORKING_SATURDAY) ? 4 : day.getDayOfWeek().getValue() - 1;
  }

  /**
   * Mon–Fri days that are no holiday and lie inside a quarter, and the working Saturday. Quarters
   * and half-years cover the same school days (the gaps between quarters are all vacations), so one
   * list serves all grades.
   */
  static List<LocalDate> schoolDays(List<Term> terms, TreeSet<LocalDate> holidays) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = YEAR_START; !day.isAfter(YEAR_END); day = day.plusDays(1)) {
      boolean working = isWeekday(day) || day.equals(WORKING_SATURDAY);
      if (working && !holidays.contains(day) && inQuarter(terms, day)) {
        days.add(day);
      }
    }
    return days;
  }

  static int termIndex(List<Term> gradeTerms, LocalDate day) {
    for (int i = 0; i < gradeTerms.size(); i++) {
      if (gradeTerms.get(i).contains(day)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean inQuarter(List<Term> terms, LocalDate day) {
    return terms.stream().anyMatch(t -> !t.halfYear() && t.contains(day));
  }

  private static boolean isWeekday(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private static void addRange(TreeSet<LocalDate> days, LocalDate from, LocalDate to) {
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (isWeekday(day)) {
        days.add(day);
      }
    }
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }
}
