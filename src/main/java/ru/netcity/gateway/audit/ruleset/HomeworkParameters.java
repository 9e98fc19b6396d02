package ru.netcity.gateway.audit.ruleset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Clause 2.2.
 *
 * @param hoursAfterLastLesson hours after the end of the class's last lesson of the day
 * @param sameDayRequired the deadline never passes midnight of the lesson day
 */
public record HomeworkParameters(
    @Min(1) @Max(24) int hoursAfterLastLesson, boolean sameDayRequired) {}
