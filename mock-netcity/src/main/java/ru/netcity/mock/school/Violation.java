package ru.netcity.mock.school;

import java.time.LocalDate;

/**
 * A rule breach the generator placed on purpose; the ground truth lists all of them.
 *
 * @param rule rule code from the design's rules table, e.g. HOMEWORK_WITHIN_5H
 * @param severity нарушение, предупреждение or сведения
 * @param student "Фамилия Имя" where the rule is about one student, else null
 * @param lessonDate the lesson date, or the term end for term-level rules
 * @param teacher the teacher responsible, as the journal log names him: the lesson's (a substitute
 *     in his lessons; the teachers of every group's lesson of the day, ", "-joined in order, when
 *     the breach names no student), for a term-level breach the pupil's teacher of the subject; for
 *     a breach about an entry or edit someone else made (a colleague, the deputy director) the one
 *     who made it, as the log names him
 */
public record Violation(
    String rule,
    String severity,
    String className,
    String subject,
    LocalDate lessonDate,
    String student,
    String teacher) {}
