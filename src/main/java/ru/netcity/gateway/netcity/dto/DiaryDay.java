package ru.netcity.gateway.netcity.dto;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** One day of the diary; the AIS does not sort its lessons, so they are sorted here. */
public record DiaryDay(LocalDate date, List<DiaryLesson> lessons) {
  private static final Comparator<DiaryLesson> ORDER =
      Comparator.comparing(DiaryLesson::startTime, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingInt(DiaryLesson::number)
          .thenComparingLong(DiaryLesson::classmeetingId);

  public DiaryDay {
    lessons = lessons == null ? List.of() : lessons.stream().sorted(ORDER).toList();
  }
}
