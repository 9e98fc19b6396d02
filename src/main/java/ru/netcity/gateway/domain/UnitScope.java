package ru.netcity.gateway.domain;

import java.time.LocalDate;

/** What one work unit pulls: one class of one school over a window of lesson dates. */
public record UnitScope(int schoolId, int classId, LocalDate from, LocalDate to) {
  public String key() {
    return schoolId + ":" + classId + ":" + from + ":" + to;
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
