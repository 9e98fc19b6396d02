package ru.netcity.gateway.netcity.dto;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * An assignment: homework or a work with an optional mark. Names like "-" or "---Не указана---" are
 * placeholders the teacher left; {@link #meaningfulName()} hides them.
 */
public record DiaryAssignment(
    long id,
    int typeId,
    String assignmentName,
    Integer weight,
    LocalDate dueDate,
    Long classMeetingId,
    DiaryMark mark) {
  private static final Set<String> PLACEHOLDERS =
      Set.of("-", "--", "---", "----", "---Не указана---");

  public Optional<String> meaningfulName() {
    return Optional.ofNullable(assignmentName)
        .map(String::trim)
        .filter(n -> !n.isEmpty() && !PLACEHOLDERS.contains(n));
  }

  /** A mark for the student; {@code mark} is null for a dot ({@code dutyMark}). */
  public record DiaryMark(
      Long assignmentId, Long id, Integer studentId, Integer mark, Boolean dutyMark) {
    public boolean isDot() {
      return Boolean.TRUE.equals(dutyMark);
    }
  }
}
