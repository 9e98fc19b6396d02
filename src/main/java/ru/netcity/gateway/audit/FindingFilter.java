package ru.netcity.gateway.audit;

import java.time.LocalDate;

/**
 * Which findings to show; null parts do not filter.
 *
 * @param teacher a teacher's name as findings show it (e.g. "Иванова М. П."): the findings that
 *     name him, alone or among the teachers of parallel lessons; spaces do not matter
 */
public record FindingFilter(
    LocalDate from, LocalDate to, String rule, String className, String teacher) {
  public static final FindingFilter ALL = new FindingFilter(null, null, null, null, null);

  /** Whether the finding names the filter's teacher (always, without one). */
  public boolean names(Finding f) {
    if (teacher == null) {
      return true;
    }
    if (f.teacher() == null) {
      return false;
    }
    String wanted = words(teacher);
    for (String name : f.teacher().split(",")) {
      if (words(name).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static String words(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
