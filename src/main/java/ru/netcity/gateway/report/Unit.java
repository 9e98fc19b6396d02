package ru.netcity.gateway.report;

import java.time.LocalDate;
import ru.netcity.gateway.audit.Severity;

/**
 * One checked unit of a rule with a share (see {@link RuleTexts}): a lesson day of a subject, a
 * student's subject in a term, a term mark. Its findings' severities are a bit set.
 *
 * @param teacher the teacher(s) responsible, comma-separated as findings name them; null if unknown
 * @param term the name of the class's term the unit falls in, or null (a vacation day)
 */
record Unit(
    String rule,
    int classId,
    String className,
    String subject,
    String teacher,
    LocalDate date,
    String term,
    int severities) {

  Unit withSeverity(Severity severity) {
    return new Unit(
        rule, classId, className, subject, teacher, date, term, severities | bit(severity));
  }

  Unit withTeacher(String teacher) {
    return new Unit(rule, classId, className, subject, teacher, date, term, severities);
  }

  boolean flagged(int mask) {
    return (severities & mask) != 0;
  }

  static int bit(Severity severity) {
    return 1 << severity.ordinal();
  }
}
