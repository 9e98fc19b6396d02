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
 * @param forecastRounding the parents' term forecast rounds the average of the current marks up
 *     from this fraction (0.5: 4.50 → 5, 4.49 → 4; absent from the rule file: {@link
 *     #FORECAST_ROUNDING})
 */
public record ObjectivityParameters(
    @DecimalMin("0.0") @DecimalMax("4.0") double maxDeviation,
    @Min(1) @Max(100) int minMarks,
    @DecimalMin("0.01") @DecimalMax("0.99") Double forecastRounding) {
  /** The default fraction from which the forecast rounds up. */
  public static final double FORECAST_ROUNDING = 0.5;

  public ObjectivityParameters {
    forecastRounding = forecastRounding == null ? FORECAST_ROUNDING : forecastRounding;
  }

  /** The term mark the average of the current marks forecasts. */
  public int forecast(double average) {
    int whole = (int) Math.floor(average);
    return average - whole >= forecastRounding - 1e-9 ? whole + 1 : whole;
  }
}
