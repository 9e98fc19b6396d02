package ru.netcity.gateway.audit.ruleset;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Clause 3.3.3 («объективность выставления итоговых отметок»).
 *
 * @param maxDeviation a term mark further than this from the pupil's average of current marks is a
 *     warning (strictly more)
 * @param minMarks fewer current marks than this give no average to compare with
 */
public record ObjectivityParameters(
    @DecimalMin("0.0") @DecimalMax("4.0") double maxDeviation, @Min(1) @Max(100) int minMarks) {}
