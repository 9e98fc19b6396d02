package ru.netcity.mock.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import ru.netcity.mock.server.BadRequest;

/** The AIS's date formats on the wire (netcity-api.md §2.5). */
final class Wire {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

  private Wire() {}

  /** A date in the mandatory midnight form {@code 2023-04-10T00:00:00}. */
  static String date(LocalDate date) {
    return date + "T00:00:00";
  }

  /** A timestamp with a fraction, as entry times appear: {@code 2023-04-27T08:47:03.813}. */
  static String stamp(LocalDateTime time) {
    return STAMP.format(time);
  }

  /** A query date: {@code YYYY-MM-DD}, also accepting a midnight timestamp. */
  static LocalDate parseDate(String name, String value) {
    try {
      String day = value.length() > 10 ? value.substring(0, 10) : value;
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      throw new BadRequest("Неверная дата в параметре " + name + ": " + value);
    }
  }
}
