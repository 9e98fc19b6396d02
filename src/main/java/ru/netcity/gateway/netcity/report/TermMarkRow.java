package ru.netcity.gateway.netcity.report;

/**
 * One filled cell of «Итоговые отметки» ({@code studenttotal}).
 *
 * @param student full name as the AIS shows it
 * @param term the column header, e.g. "1 четверть", "2 полугодие" or "Год"
 */
public record TermMarkRow(String student, String subject, String term, Integer mark) {}
