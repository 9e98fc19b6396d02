package ru.netcity.gateway.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import ru.netcity.gateway.domain.EntryKind;

/**
 * A current-state row of the ledger as the audit reads it.
 *
 * @param aisEnteredAt school-local time the AIS gives, or null
 * @param firstSeenAt UTC time the gateway saw a history event; null for the current state
 */
public record JournalEntry(
    EntryKind kind,
    String key,
    int classId,
    LocalDate lessonDate,
    String subject,
    Integer studentId,
    String value,
    LocalDateTime aisEnteredAt,
    LocalDateTime firstSeenAt) {}
