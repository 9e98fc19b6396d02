package ru.netcity.gateway.audit.ruleset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Clause 4.3.
 *
 * @param receivedDaysAfterTermEnd when a term's results count as received, in days after its end
 * @param yearReceivedDaysAfterLastTermEnd when the year's results count as received, in days after
 *     the end of the class's last term (the regulation names no other moment)
 * @param daysAllowed days after that by whose end the marks are due
 * @param reportMissing report a term or year mark still missing after its deadline (a pupil with
 *     current marks in the subject and term, on the class's roster)
 */
public record FinalMarksParameters(
    @Min(0) @Max(60) int receivedDaysAfterTermEnd,
    @Min(0) @Max(60) int yearReceivedDaysAfterLastTermEnd,
    @Min(0) @Max(60) int daysAllowed,
    boolean reportMissing) {}
