package ru.netcity.gateway.audit.ruleset;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
 * @param partTermMinShare a pupil in the class for part of a term (arrived, left, moved; 3.3.1) is
 *     judged only when his share of the term's school days reaches this; his minimum is then the
 *     full one times his share, rounded down (absent from the rule file: {@link
 *     #PART_TERM_MIN_SHARE})
 */
public record SufficiencyParameters(
    @Min(1) int minMarksOneHour,
    @Min(1) int minMarksTwoHours,
    @Min(1) int minMarksThreeHours,
    @Min(1) @Max(4) int halfYearFactor,
    boolean countDots,
    @NotEmpty Set<@NotNull WorkCategory> writtenWorkCategories,
    @DecimalMin("0.0") @DecimalMax("1.0") Double partTermMinShare) {
  /** The default least share of a term's school days for which a part-term pupil is judged. */
  public static final double PART_TERM_MIN_SHARE = 0.5;

  public SufficiencyParameters {
    partTermMinShare = partTermMinShare == null ? PART_TERM_MIN_SHARE : partTermMinShare;
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

  /**
   * The minimum over a pupil's part of a term: the full minimum when he was in the class on all its
   * school days, -1 (not judged) under {@link #partTermMinShare} of them, else the full minimum
   * times his share, rounded down (never more than a full term asks).
   */
  public int partTermMinMarks(int fullMinimum, int ownDays, int classDays) {
    if (ownDays >= classDays) {
      return fullMinimum;
    }
    if (ownDays < partTermMinShare * classDays) {
      return -1;
    }
    return (int) ((long) fullMinimum * ownDays / classDays);
  }
}
