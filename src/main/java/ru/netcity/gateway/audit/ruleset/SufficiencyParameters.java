package ru.netcity.gateway.audit.ruleset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import ru.netcity.gateway.mapping.WorkCategory;

/**
 * Clause 2.3.1: minimum marks by weekly hours, and the written works that must carry marks.
 *
 * @param minMarksThreeHours the minimum at 3 h/week; more hours scale it: ceil(this * h / 3)
 * @param halfYearFactor a half-year's minimum is this times a quarter's
 */
public record SufficiencyParameters(
    @Min(1) int minMarksOneHour,
    @Min(1) int minMarksTwoHours,
    @Min(1) int minMarksThreeHours,
    @Min(1) @Max(4) int halfYearFactor,
    boolean countDots,
    @NotEmpty Set<@NotNull WorkCategory> writtenWorkCategories) {

  public SufficiencyParameters {
    writtenWorkCategories =
        writtenWorkCategories == null ? null : Set.copyOf(writtenWorkCategories);
  }

  /** The minimum number of marks for a subject of {@code weeklyHours} in one term. */
  public int minMarks(int weeklyHours, boolean halfYear) {
    int min =
        weeklyHours <= 1
            ? minMarksOneHour
            : weeklyHours == 2 ? minMarksTwoHours : (minMarksThreeHours * weeklyHours + 2) / 3;
    return halfYear ? halfYearFactor * min : min;
  }
}
