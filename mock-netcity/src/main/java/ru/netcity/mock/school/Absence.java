package ru.netcity.mock.school;

import java.time.LocalDateTime;

/**
 * An absence mark in a lesson.
 *
 * @param code one of Н, Б, УП, НП, ОТ, ОП, ОСВ
 */
public record Absence(long lessonId, int studentId, String code, LocalDateTime enteredAt) {}
