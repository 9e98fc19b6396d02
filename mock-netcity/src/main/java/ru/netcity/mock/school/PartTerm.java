package ru.netcity.mock.school;

/**
 * The minimum of marks for a pupil who was in the class for part of a term (design.md §4): the full
 * minimum times his share of the term's school days (days the class has lessons and his diary shows
 * one), rounded down; under {@link #MIN_SHARE} of the term he is not judged. The same defaults as
 * the gateway's rule set (config/rules/school-2025.yaml, sufficiency.partTerm).
 */
public final class PartTerm {
  /** The least share of a term's school days in the class for which a pupil is judged. */
  public static final double MIN_SHARE = 0.5;

  private PartTerm() {}

  /** The minimum over his part, or -1 when he is not judged; the full minimum for a full term. */
  public static int minMarks(int fullMinimum, int ownDays, int classDays) {
    if (ownDays >= classDays) {
      return fullMinimum;
    }
    if (ownDays < MIN_SHARE * classDays) {
      return -1;
    }
    return (int) ((long) fullMinimum * ownDays / classDays);
  }
}
