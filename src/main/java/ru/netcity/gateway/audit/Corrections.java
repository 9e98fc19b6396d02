package ru.netcity.gateway.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.netcity.gateway.audit.CorrectionRegister.RetroactiveChange;
import ru.netcity.gateway.corrections.CorrectionRequest;

/**
 * The approved requests of one audit run, matched against the changes the run finds in the ledger:
 * a request covers the changes of its class, subject and lesson date made from the moment the
 * gateway filed it ({@code filed_at}, the server's clock, never a date the client sent) to the end
 * of the day apply-within-days after its approval. A change made before the request was filed is
 * not covered, however the request is worded. The filing time is taken to the minute, the journal
 * log's precision, so a change in the minute of filing counts as covered. What no change matched is
 * left for CORRECTION_LOG.
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

  /**
   * Whether an approved request covers the retroactive change; it then counts as applied. A change
   * of unknown time is covered when the time it may have been made in overlaps a request's window.
   */
  boolean approves(RetroactiveChange change, int applyWithinDays) {
    return changed(
        change.classId(),
        change.subject(),
        change.lessonDate(),
        change.changedAt(),
        change.latestAt() == null ? change.changedAt() : change.latestAt(),
        applyWithinDays);
  }

  /**
   * A change of a lesson's records at that school-local time; true when a request covers it.
   *
   * @param applyWithinDays CORRECTION_LOG's days after the approval in which changes are covered
   */
  boolean changed(
      int classId, String subject, LocalDate lessonDate, LocalDateTime at, int applyWithinDays) {
    return changed(classId, subject, lessonDate, at, at, applyWithinDays);
  }

  /** A change made somewhere from earliest to latest (inclusive). */
  private boolean changed(
      int classId,
      String subject,
      LocalDate lessonDate,
      LocalDateTime earliest,
      LocalDateTime latest,
      int applyWithinDays) {
    String className = classNames.get(classId);
    if (className == null || subject == null || lessonDate == null || earliest == null) {
      return false;
    }
    boolean covered = false;
    for (CorrectionRequest request : approved) {
      if (request.covers(className, subject, lessonDate)
          && !latest.isBefore(filed(request))
          && earliest.isBefore(until(request, applyWithinDays))) {
        applied.add(request.id());
        covered = true;
      }
    }
    return covered;
  }

  /** School-local time the server filed the request, to the minute. */
  LocalDateTime filed(CorrectionRequest request) {
    return AuditContext.local(request.filedAt(), zone).truncatedTo(ChronoUnit.MINUTES);
  }

  /** School-local time the approval was recorded. */
  LocalDateTime approved(CorrectionRequest request) {
    return AuditContext.local(request.decidedAt(), zone);
  }

  /** The end of a request's window: the end of the day apply-within-days after its approval. */
  LocalDateTime until(CorrectionRequest request, int applyWithinDays) {
    return approved(request).toLocalDate().plusDays(applyWithinDays + 1L).atStartOfDay();
  }

  /** Whether the register has no approved request at all. */
  boolean none() {
    return approved.isEmpty();
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
