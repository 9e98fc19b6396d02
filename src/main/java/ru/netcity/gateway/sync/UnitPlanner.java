package ru.netcity.gateway.sync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.netcity.ClassRef;
import ru.netcity.gateway.netcity.TermRef;

/**
 * Cuts a run into work units, each one class over a window of lesson dates: one retryable,
 * idempotent pull. A full run takes every term up to today; a nightly run the lookback window,
 * widened to the whole term when a term ended inside it (term marks are due then).
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

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
