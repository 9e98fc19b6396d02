package ru.netcity.mock.school;

import java.time.LocalDate;

/**
 * A reporting term: quarters for grades 7–9, half-years for 10–11.
 *
 * @param id TERMID in the report filters
 * @param name as the AIS shows it, e.g. "1 четверть", "2 полугодие"
 * @param halfYear true for half-years (grades 10–11), false for quarters (grades 7–9)
 */
public record Term(int id, String name, LocalDate start, LocalDate end, boolean halfYear) {
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }
}
