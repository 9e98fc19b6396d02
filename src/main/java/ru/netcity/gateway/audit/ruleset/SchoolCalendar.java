package ru.netcity.gateway.audit.ruleset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Days without lessons and how half-year terms are named.
 *
 * @param holidays vacations and public holidays, as ranges of days
 * @param nonWorkingDays further single days without lessons
 * @param workingDays weekend days on which lessons are held (a transferred working Saturday); none
 *     when left out
 * @param halfYearTermMarker text in the AIS name of a half-year term
 */
public record SchoolCalendar(
    @NotNull List<@Valid @NotNull DayRange> holidays,
    @NotNull List<@NotNull LocalDate> nonWorkingDays,
    List<@NotNull LocalDate> workingDays,
    @NotBlank String halfYearTermMarker) {

  public SchoolCalendar {
    holidays = holidays == null ? null : List.copyOf(holidays);
    nonWorkingDays = nonWorkingDays == null ? null : List.copyOf(nonWorkingDays);
    workingDays = workingDays == null ? List.of() : List.copyOf(workingDays);
  }

  /**
   * A working day: a weekday that is neither a holiday nor a non-working day, or a listed working
   * weekend day.
   */
  public boolean isSchoolDay(LocalDate day) {
    if (workingDays.contains(day)) {
      return true;
    }
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return false;
    }
    return !nonWorkingDays.contains(day) && holidays.stream().noneMatch(h -> h.contains(day));
  }

  /** The first school day after {@code day}. */
  public LocalDate nextSchoolDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    for (int i = 0; i < 366 && !isSchoolDay(next); i++) {
      next = next.plusDays(1);
    }
    return next;
  }

  /** An inclusive range of days. */
  public record DayRange(@NotNull LocalDate from, @NotNull LocalDate to) {
    boolean contains(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(to);
    }

    @AssertTrue(message = "'from' must not be after 'to'")
    boolean isOrdered() {
      return from == null || to == null || !from.isAfter(to);
    }
  }
}
