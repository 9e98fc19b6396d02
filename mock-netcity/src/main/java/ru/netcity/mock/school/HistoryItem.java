package ru.netcity.mock.school;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One seeded event of the school's history (an edit, a deletion, a late grading), so tests and the
 * README can find each kind at a known place.
 *
 * @param kind what happened, e.g. MARK_EDITED_WEEKS_LATER (see {@link HistoryPlan})
 * @param at when the event happened (school time)
 * @param violation the finding an audit after {@code at} must report, or null when compliant
 */
public record HistoryItem(
    String kind,
    String className,
    String subject,
    LocalDate lessonDate,
    String student,
    LocalDateTime at,
    Violation violation) {}
