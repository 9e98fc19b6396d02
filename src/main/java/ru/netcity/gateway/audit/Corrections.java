package ru.netcity.gateway.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.netcity.gateway.audit.CorrectionRegister.RetroactiveChange;
import ru.netcity.gateway.corrections.CorrectionRequest;

/**
 * The approved requests of one audit run, matched against the changes the run finds in the ledger:
 * a request covers the changes of its class, subject and lesson date made on or after the school
 * day it was filed. The day is taken from the server's filing time ({@code filed_at}), never from
 * the request's date, so a backdated request cannot cover an earlier change. What no change matched
 * is left for CORRECTION_LOG.
 */
final class Corrections {
  private final List<CorrectionRequest> approved;
  private final Map<Integer, String> classNames;
  private final ZoneId zone;
  private final Set<Long> applied = new HashSet<>();

  Corrections(List<CorrectionRequest> approved, Map<Integer, String> classNames, ZoneId zone) {
    this.approved = List.copyOf(approved);
    this.classNames = Map.copyOf(classNames);
    this.zone = zone;
  }

  /** Whether an approved request covers the retroactive change; it then counts as applied. */
  boolean approves(RetroactiveChange change) {
    return changed(change.classId(), change.subject(), change.lessonDate(), change.changedAt());
  }

  /** A change of a lesson's records at that school-local time; true when a request covers it. */
  boolean changed(int classId, String subject, LocalDate lessonDate, LocalDateTime at) {
    String className = classNames.get(classId);
    if (className == null || subject == null || lessonDate == null || at == null) {
      return false;
    }
    boolean covered = false;
    for (CorrectionRequest request : approved) {
      if (request.covers(className, subject, lessonDate)
          && !at.toLocalDate().isBefore(filedOn(request))) {
        applied.add(request.id());
        covered = true;
      }
    }
    return covered;
  }

  /** The school day the server filed the request on. */
  private LocalDate filedOn(CorrectionRequest request) {
    return AuditContext.local(request.filedAt(), zone).toLocalDate();
  }

  /** Approved requests that no change of the ledger matched (so far). */
  List<CorrectionRequest> unapplied() {
    return approved.stream().filter(r -> !applied.contains(r.id())).toList();
  }

  /** The class id of a class name of the register, or null when the roster has no such class. */
  Integer classId(String className) {
    return classNames.entrySet().stream()
        .filter(e -> e.getValue().equalsIgnoreCase(className.strip()))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }
}
