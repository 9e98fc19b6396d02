package ru.netcity.gateway.netcity.dto;

import java.time.LocalDate;
import java.util.List;

/** {@code GET student/diary}: the days of a span that have lessons (netcity-api.md §5.2). */
public record Diary(
    LocalDate weekStart,
    LocalDate weekEnd,
    List<DiaryDay> weekDays,
    String termName,
    String className) {
  public Diary {
    weekDays = weekDays == null ? List.of() : weekDays;
  }

  public List<DiaryLesson> lessons() {
    return weekDays.stream().flatMap(d -> d.lessons().stream()).toList();
  }
}
