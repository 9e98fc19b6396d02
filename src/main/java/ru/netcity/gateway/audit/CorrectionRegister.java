package ru.netcity.gateway.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The seam for the register «Замена сведений в электронном журнале» (clauses 2.3.4, 2.3.5): a
 * retroactive change that an approved request covers is no violation. Until the register exists the
 * audit uses {@link #NONE}: no approved requests.
 */
public interface CorrectionRegister {
  CorrectionRegister NONE = change -> false;

  /** True when an approved request covers this change. */
  boolean approves(RetroactiveChange change);

  /**
   * A change of the journal after its window.
   *
   * @param changedAt school-local time of the change (the AIS's, or when the gateway saw it)
   * @param how "entered", "changed" or "deleted"
   */
  record RetroactiveChange(
      int schoolId,
      int classId,
      String subject,
      LocalDate lessonDate,
      Integer studentId,
      String entryKey,
      LocalDateTime changedAt,
      String how) {}
}
