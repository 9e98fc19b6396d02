package ru.netcity.gateway.audit.ruleset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.mapping.WorkCategory;

/**
 * Clause 2.3.3.
 *
 * @param windowDaysAfterLesson days after the lesson day in which entering or changing is allowed
 * @param kinds the entry kinds whose changes and deletions the rule judges (a late first entry of a
 *     mark too; a late first record is the deadline rules' business)
 * @param gradingPeriodDays per written-work category, the days after the work in which its marks
 *     may first be entered (the regulation sets no grading deadline; grading is not a retroactive
 *     mark); a category not named takes {@link #DEFAULT_GRADING_DAYS}. A present pupil's missing
 *     mark (2.3.1) is judged only once the period is over.
 */
public record RetroactiveParameters(
    @Min(0) @Max(366) int windowDaysAfterLesson,
    @NotEmpty Set<@NotNull EntryKind> kinds,
    Map<@NotNull WorkCategory, @NotNull @Min(0) @Max(366) Integer> gradingPeriodDays) {
  public static final int DEFAULT_GRADING_DAYS = 7;

  public RetroactiveParameters {
    kinds = kinds == null ? null : Set.copyOf(kinds);
    gradingPeriodDays =
        gradingPeriodDays == null ? Map.of() : Map.copyOf(new EnumMap<>(gradingPeriodDays));
  }

  public RetroactiveParameters(int windowDaysAfterLesson, Set<EntryKind> kinds) {
    this(windowDaysAfterLesson, kinds, null);
  }

  /** The grading period of a written work of that category, in days after the work's day. */
  public int gradingDays(WorkCategory category) {
    return gradingPeriodDays.getOrDefault(category, DEFAULT_GRADING_DAYS);
  }
}
