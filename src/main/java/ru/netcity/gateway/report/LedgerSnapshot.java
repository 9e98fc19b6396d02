package ru.netcity.gateway.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ru.netcity.gateway.audit.AuditRun;
import ru.netcity.gateway.audit.Completeness;
import ru.netcity.gateway.audit.Finding;
import ru.netcity.gateway.audit.Term;

/**
 * What the reports read once per audit run: the checked units from the ledger, the run's findings
 * and the newest sync's completeness. Every view is counted from it in memory.
 *
 * @param findings the run's findings, each with the class's term it falls in
 * @param termNames the terms' names, earliest first
 */
record LedgerSnapshot(
    AuditRun run,
    List<Unit> units,
    List<Seen> findings,
    Map<Integer, String> classNames,
    Map<Integer, List<Term>> terms,
    List<String> termNames,
    Completeness completeness) {

  /** A finding with the name of the class's term it falls in (null: none). */
  record Seen(Finding finding, String term) {}

  /** The class's term holding the day, or null. */
  static Term termOf(Map<Integer, List<Term>> terms, int classId, LocalDate day) {
    if (day == null) {
      return null;
    }
    for (Term t : terms.getOrDefault(classId, List.of())) {
      if (t.contains(day)) {
        return t;
      }
    }
    return null;
  }
}
