package ru.netcity.mock.school;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Work given in a lesson: homework (type 3) or a work that marks are given for.
 *
 * @param lessonId the lesson in which it was given or held
 * @param dueDate for homework the next lesson of the subject; otherwise the lesson date
 * @param enteredAt when the teacher entered it (school time zone)
 */
public record Assignment(
    long id,
    long lessonId,
    int typeId,
    String name,
    LocalDate dueDate,
    int weight,
    LocalDateTime enteredAt) {}
