package ru.netcity.gateway.audit.ruleset;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;

/**
 * Clause 2.1.
 *
 * @param nextDay what the allowed "next day" is
 * @param reportMissingRecord report lessons with no record once the next day has passed
 */
public record LessonRecordParameters(@NotNull NextDay nextDay, boolean reportMissingRecord) {
  /** The reading of «на следующий день». */
  public enum NextDay {
    /** The next calendar day. */
    @JsonProperty("calendar")
    CALENDAR,
    /** The next day that is no weekend, holiday or non-working day. */
    @JsonProperty("school-day")
    SCHOOL_DAY
  }
}
