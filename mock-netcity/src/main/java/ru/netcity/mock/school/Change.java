package ru.netcity.mock.school;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One change in the AIS, as a nightly sync records it and parents may be told about it.
 *
 * @param kind TOPIC, HOMEWORK, MARK, DOT, ABSENCE or TERM_MARK (the gateway ledger's EntryKind)
 * @param change ADDED, CHANGED or DELETED; a mark turning into a dot is MARK DELETED and DOT ADDED
 * @param lessonDate the lesson date, or the term's end for a term mark
 * @param student "Фамилия Имя", or null for topic and homework
 * @param value the value after the change, null when deleted
 * @param previous the value before, null when added
 * @param by the user as the journal log names them
 * @param key the gateway ledger's entry key, e.g. {@code MARK:<assignmentId>:<studentId>}
 * @param lesson the «Урок» cell: lesson number, or the term's name for a term mark
 * @param studentId 0 for topic and homework
 * @param assignmentId the mark's or homework's assignment, else 0
 */
public record Change(
    String kind,
    String change,
    String className,
    String subject,
    LocalDate lessonDate,
    String student,
    String value,
    String previous,
    LocalDateTime at,
    String by,
    String key,
    int classId,
    String lesson,
    int lessonNumber,
    int studentId,
    long assignmentId) {}
