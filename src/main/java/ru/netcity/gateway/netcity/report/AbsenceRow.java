package ru.netcity.gateway.netcity.report;

import java.time.LocalDate;

/**
 * One absence mark of «Отчёт о посещаемости» ({@code studentattendance}).
 *
 * @param student full name as the AIS shows it
 * @param date the lesson date
 * @param lessonNumber the lesson's number in the day
 * @param code one of Н, Б, УП, НП, ОТ, ОП, ОСВ
 */
public record AbsenceRow(
    String student, LocalDate date, int lessonNumber, String subject, String code) {}
