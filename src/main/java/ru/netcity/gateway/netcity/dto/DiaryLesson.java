package ru.netcity.gateway.netcity.dto;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A lesson of the diary. Two lessons may share a number and time (a class split into groups);
 * {@code room} is often null; {@code assignments} may be missing.
 */
public record DiaryLesson(
    long classmeetingId,
    LocalDate day,
    int number,
    LocalTime startTime,
    LocalTime endTime,
    String room,
    String subjectName,
    List<DiaryAssignment> assignments) {
  public DiaryLesson {
    assignments = assignments == null ? List.of() : assignments;
  }
}
