package ru.netcity.gateway.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How findings write dates and times: Russian style in messages, ISO in evidence. */
final class Texts {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private Texts() {}

  static String day(LocalDate day) {
    return DAY.format(day);
  }

  static String time(LocalDateTime time) {
    return TIME.format(time);
  }

  static String iso(LocalDateTime time) {
    return ISO.format(time);
  }

  /** A lag in hours and minutes, e.g. "26 ч 05 мин". */
  static String lag(long minutes) {
    return "%d ч %02d мин".formatted(minutes / 60, minutes % 60);
  }
}
