package ru.netcity.gateway.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What one work unit pulls: one class of one school over a window of lesson dates. */
public record UnitScope(int schoolId, int classId, LocalDate from, LocalDate to) {
  public String key() {
    return schoolId + ":" + classId + ":" + from + ":" + to;
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  /** The diary windows that cover the scope: Monday to Sunday, cut to the scope at both ends. */
  public List<Week> weeks() {
    List<Week> weeks = new ArrayList<>();
    for (LocalDate monday = from.with(DayOfWeek.MONDAY);
        !monday.isAfter(to);
        monday = monday.plusWeeks(1)) {
      LocalDate sunday = monday.plusDays(6);
      weeks.add(new Week(monday.isBefore(from) ? from : monday, sunday.isAfter(to) ? to : sunday));
    }
    return weeks;
  }

  /** One diary request's span of days. */
  public record Week(LocalDate from, LocalDate to) {}
}
