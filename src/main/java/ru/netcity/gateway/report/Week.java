package ru.netcity.gateway.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Stream;

/** A school week, Monday to Sunday, that a weekly report is about. */
public record Week(LocalDate monday) {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** The last whole week before the day (a report sent on Monday is about the week just ended). */
  public static Week before(LocalDate day) {
    LocalDate sunday = day.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    return new Week(sunday.minusDays(6));
  }

  public LocalDate sunday() {
    return monday.plusDays(6);
  }

  public List<LocalDate> days() {
    return Stream.iterate(monday, d -> d.plusDays(1)).limit(7).toList();
  }

  /** «09.03.2026 – 15.03.2026». */
  public String label() {
    return DAY.format(monday) + " – " + DAY.format(sunday());
  }

  static String day(LocalDate day) {
    return DAY.format(day);
  }
}
