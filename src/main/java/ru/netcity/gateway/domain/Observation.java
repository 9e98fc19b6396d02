package ru.netcity.gateway.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One journal entry as a pull saw it.
 *
 * @param key stable natural key within the school, e.g. {@code MARK:410000001:10001}
 * @param studentId null for entries about the whole lesson
 * @param value the entry's state as text (a mark "5", a dot ".", an absence code, a topic)
 * @param aisEnteredAt when the AIS says it was entered (journal access report), or null
 */
public record Observation(
    EntryKind kind,
    String key,
    int classId,
    LocalDate lessonDate,
    String subject,
    Integer studentId,
    String value,
    LocalDateTime aisEnteredAt) {}
