package ru.netcity.gateway.audit.ruleset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import ru.netcity.gateway.domain.EntryKind;

/**
 * Clause 2.3.4.2: approved requests of the correction register must be carried out.
 *
 * @param applyWithinDays days after the approval in which the change must show in the ledger; a
 *     request covers the changes made from its filing to the end of the last of these days
 * @param kinds the entry kinds whose changes carry a request out
 */
public record CorrectionLogParameters(
    @Min(0) @Max(60) int applyWithinDays, @NotEmpty Set<@NotNull EntryKind> kinds) {
  public CorrectionLogParameters {
    kinds = kinds == null ? null : Set.copyOf(kinds);
  }
}
