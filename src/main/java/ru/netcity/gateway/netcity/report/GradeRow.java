package ru.netcity.gateway.netcity.report;

import java.time.LocalDate;

/**
 * One mark of «Отчёт об успеваемости» ({@code studentgrades}).
 *
 * @param student full name as the AIS shows it
 * @param lessonNumber the lesson's number in the day («Урок»)
 * @param workType the assignment type («Тип задания»), e.g. "Ответ на уроке"
 * @param assignment the assignment's name («Задание»)
 * @param mark 2..5, or null when {@code dot} is true
 * @param dot true when the cell is "." (work due but not handed in)
 */
public record GradeRow(
    String student,
    String subject,
    LocalDate lessonDate,
    int lessonNumber,
    String workType,
    String assignment,
    Integer mark,
    boolean dot) {}
