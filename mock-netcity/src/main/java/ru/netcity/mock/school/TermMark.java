package ru.netcity.mock.school;

import java.time.LocalDateTime;

/**
 * A term or year mark.
 *
 * @param termId the term, or {@link #YEAR} for the year mark
 */
public record TermMark(
    int studentId, int subjectId, int termId, int value, LocalDateTime enteredAt) {
  public static final int YEAR = 0;
}
