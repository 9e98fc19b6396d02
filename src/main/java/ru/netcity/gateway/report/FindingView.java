package ru.netcity.gateway.report;

import java.time.LocalDate;
import java.util.Map;

/**
 * One finding as the drill-down shows it: its evidence, the teacher, the clause and the
 * regulation's words. Students are named by their id only (the ledger keeps no names).
 */
public record FindingView(
    LocalDate date,
    String term,
    String className,
    String subject,
    String teacher,
    Integer studentId,
    String rule,
    String ruleLabel,
    String clause,
    String regulation,
    String severity,
    String message,
    Map<String, Object> evidence) {}
