package ru.netcity.gateway.netcity.report;

/**
 * One filled term or year cell of one student's «Итоговые отметки» ({@code studenttotalmarks},
 * netcity-api.md §2.2.1).
 *
 * @param studentId the student the report was run for
 * @param term the term's column header, e.g. "1 четверть", or {@link ReportHtml#YEAR} for «Год.
 *     оценка»
 */
public record TermMarkRow(int studentId, String subject, String term, Integer mark) {}
