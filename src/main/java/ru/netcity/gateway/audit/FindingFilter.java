package ru.netcity.gateway.audit;

import java.time.LocalDate;

/** Which findings to show; null parts do not filter. */
public record FindingFilter(LocalDate from, LocalDate to, String rule, String className) {
  public static final FindingFilter ALL = new FindingFilter(null, null, null, null);
}
