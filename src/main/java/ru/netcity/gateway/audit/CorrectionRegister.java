package ru.netcity.gateway.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import ru.netcity.gateway.corrections.CorrectionRequest;

/**
 * The register «Замена сведений в электронном журнале» (clause 2.3.4) as the audit reads it: the
 * approved requests, once per audit run. {@link #NONE} is a register without any.
 */
public interface CorrectionRegister {
  CorrectionRegister NONE = List::of;

  List<CorrectionRequest> approved();

  /**
   * A change of the journal after its window.
   *
   * @param changedAt school-local time of the change (the AIS's), or the earliest it may have been
   *     made when the time is unknown
   * @param latestAt the latest it may have been made when the time is unknown (the gateway's
   *     confirmation); null when changedAt is exact
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
      LocalDateTime latestAt,
      String how) {}
}
