package ru.netcity.gateway.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What the certification block of a printed document shows (regulation 5.1: «заверяются подписью
 * директора, печатью ОУ»): the director's name, the school, the date of printing. The templates
 * read it as {@code ${certification}}; the signature line and «М.П.» are the layout's.
 *
 * @param director empty when not configured: the block then leaves the name to be written in
 * @param date the school's day of printing, «dd.MM.yyyy»
 */
public record Certification(String director, String school, String date) {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** The block for a document printed now. */
  public static Certification of(ReportProperties settings, Clock clock, ZoneId zone) {
    return new Certification(
        settings.director().strip(),
        settings.school().strip(),
        DAY.format(LocalDate.now(clock.withZone(zone))));
  }
}
