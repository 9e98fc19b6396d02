package ru.netcity.gateway.audit.ruleset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import ru.netcity.gateway.domain.EntryKind;

/**
 * Clause 2.3.3.
 *
 * @param windowDaysAfterLesson days after the lesson day in which entering or changing is allowed
 * @param kinds the entry kinds the rule applies to
 */
public record RetroactiveParameters(
    @Min(0) @Max(366) int windowDaysAfterLesson, @NotEmpty Set<@NotNull EntryKind> kinds) {
  public RetroactiveParameters {
    kinds = kinds == null ? null : Set.copyOf(kinds);
  }
}
