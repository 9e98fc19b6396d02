package ru.netcity.gateway.sync;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.netcity.ClassRef;
import ru.netcity.gateway.netcity.TermRef;

/**
 * Cuts a run into work units, each one class over a window of lesson dates: one retryable,
 * idempotent pull. A full run takes every term up to today; a nightly run the lookback window,
 * widened to the whole term when a term ended inside it (term marks are due then), and the weeks of
 * older lessons changed since the last complete run ({@link #late}).
 */
final class UnitPlanner {
  private final int lookbackDays;

  UnitPlanner(int lookbackDays) {
    this.lookbackDays = lookbackDays;
  }

  List<UnitScope> plan(
      int schoolId, Map<ClassRef, List<TermRef>> terms, LocalDate today, SyncMode mode) {
    List<UnitScope> units = new ArrayList<>();
    LocalDate lookbackStart = today.minusDays(lookbackDays);
    for (var entry : terms.entrySet()) {
      int classId = entry.getKey().id();
      for (TermRef term : entry.getValue()) {
        LocalDate to = min(term.end(), today);
        if (to.isBefore(term.start())) {
          continue;
        }
        boolean endedRecently = !term.end().isBefore(lookbackStart) && !term.end().isAfter(today);
        if (mode == SyncMode.FULL || endedRecently) {
          units.add(new UnitScope(schoolId, classId, term.start(), to));
        } else if (!to.isBefore(lookbackStart)) {
          units.add(new UnitScope(schoolId, classId, max(term.start(), lookbackStart), to));
        }
      }
    }
    return units;
  }

  /**
   * Units for older lesson dates a nightly run must read again ({@link LateChanges}): per class the
   * week (Monday to Sunday) of each date, cut to the date's term and to the day before the lookback
   * window, unless a planned unit of the class covers the date already.
   */
  List<UnitScope> late(
      int schoolId,
      Map<ClassRef, List<TermRef>> terms,
      Map<Integer, Set<LocalDate>> datesByClass,
      LocalDate today,
      List<UnitScope> planned) {
    LocalDate lastDay = today.minusDays(lookbackDays).minusDays(1);
    Map<String, UnitScope> units = new LinkedHashMap<>();
    for (var entry : terms.entrySet()) {
      int classId = entry.getKey().id();
      for (LocalDate date : datesByClass.getOrDefault(classId, Set.of())) {
        boolean covered = planned.stream().anyMatch(u -> u.classId() == classId && u.covers(date));
        if (covered || date.isAfter(lastDay)) {
          continue;
        }
        entry.getValue().stream()
            .filter(t -> !date.isBefore(t.start()) && !date.isAfter(t.end()))
            .findFirst()
            .ifPresent(
                term -> {
                  LocalDate monday = date.with(DayOfWeek.MONDAY);
                  LocalDate from = max(monday, term.start());
                  LocalDate to = min(min(monday.plusDays(6), term.end()), lastDay);
                  UnitScope unit = new UnitScope(schoolId, classId, from, to);
                  units.putIfAbsent(unit.key(), unit);
                });
      }
    }
    return List.copyOf(units.values());
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
