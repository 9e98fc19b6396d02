package ru.netcity.gateway.audit;

import java.time.LocalDate;
import java.util.Map;

/**
 * One result of a rule.
 *
 * @param teacher the teacher responsible as the journal log names him (the lesson's, or the term's
 *     for a term's finding; {@link Teachers}), or null when the AIS shows none
 * @param studentId the student the finding is about, or null for a lesson or class
 * @param lessonDate the lesson date, or the term's end for term-level findings
 * @param evidence what the rule saw: entry time, deadline, lag, counts …
 * @param message one Russian sentence for the deputy director
 */
public record Finding(
    String rule,
    String clause,
    Severity severity,
    int schoolId,
    int classId,
    String className,
    String subject,
    String teacher,
    Integer studentId,
    LocalDate lessonDate,
    Map<String, Object> evidence,
    String message,
    String ruleSetVersion) {}
