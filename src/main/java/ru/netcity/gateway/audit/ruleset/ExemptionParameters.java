package ru.netcity.gateway.audit.ruleset;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * Clause 2.3.2: how absence for a valid reason exempts a student from mark sufficiency.
 *
 * @param validAbsenceShare share of the subject's lessons in the term (threshold mode)
 * @param validCodes attendance letters that are a valid reason
 */
public record ExemptionParameters(
    @NotNull Mode mode,
    @DecimalMin("0.0") @DecimalMax("1.0") double validAbsenceShare,
    @NotEmpty Set<@NotBlank String> validCodes) {

  public ExemptionParameters {
    validCodes = validCodes == null ? null : Set.copyOf(validCodes);
  }

  /** The reading of «не учитывается у обучающихся, не посещавших уроки по уважительной причине». */
  public enum Mode {
    /** Exempt at or above the share of lessons missed for a valid reason. */
    @JsonProperty("threshold")
    THRESHOLD,
    /** The minimum shrinks by the share of lessons missed for a valid reason. */
    @JsonProperty("proportional")
    PROPORTIONAL
  }
}
