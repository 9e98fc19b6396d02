package ru.netcity.gateway.netcity.report;

import java.time.LocalDate;

/**
 * One mark of «Отчёт об успеваемости» ({@code studentgrades}: one student, one subject;
 * netcity-api.md §2.2.1).
 *
 * @param workType «Тип задания», e.g. "Ответ на уроке"
 * @param topic «Тема задания»
 * @param lessonDate «Дата выполнения»
 * @param setDate «Дата выставления оценки»: the day the mark was set, without a time
 * @param mark «Оценка» as printed: a digit, or a letter such as «УП»
 */
public record GradeRow(
    String workType, String topic, LocalDate lessonDate, LocalDate setDate, String mark) {}
