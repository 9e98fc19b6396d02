package ru.netcity.mock.school;

import java.time.LocalDateTime;

/**
 * A mark for one student and one assignment.
 *
 * @param value 2..5; 0 together with {@code dutyMark} is a dot for missing work
 * @param enteredAt when the mark was first entered
 * @param previousValue the value before a later change, or null when never changed
 * @param changedAt when the value was changed, or null
 */
public record Mark(
    long id,
    long assignmentId,
    int studentId,
    int value,
    boolean dutyMark,
    LocalDateTime enteredAt,
    Integer previousValue,
    LocalDateTime changedAt) {}
