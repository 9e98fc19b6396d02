package ru.netcity.gateway.audit.ruleset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Clause 4.3.
 *
 * @param receivedDaysAfterTermEnd when the results count as received, in days after the term's end
 * @param daysAllowed days after that by whose end the marks are due
 */
public record FinalMarksParameters(
    @Min(0) @Max(60) int receivedDaysAfterTermEnd, @Min(0) @Max(60) int daysAllowed) {}
