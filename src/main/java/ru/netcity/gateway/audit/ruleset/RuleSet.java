package ru.netcity.gateway.audit.ruleset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * One file of {@code config/rules/}: the regulation's parameters in force from a date on.
 *
 * @param version written into every audit run and finding
 * @param effectiveFrom the set governs the terms that start on or after this day (until a newer
 *     set)
 */
public record RuleSet(
    @NotBlank String version,
    @NotNull LocalDate effectiveFrom,
    @Valid @NotNull SchoolCalendar calendar,
    @Valid @NotNull RuleParameters rules) {}
