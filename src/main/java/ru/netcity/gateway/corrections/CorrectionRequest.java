package ru.netcity.gateway.corrections;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One row of the register «Замена сведений в электронном журнале».
 *
 * @param requestedOn the date of the request (school calendar): the school's day of filedAt
 * @param targetDate the lesson date whose record is to change
 * @param changes what is to change, in the teacher's words
 * @param basisDocument the document the change rests on, e.g. a medical certificate; may be null
 * @param decidedAt UTC, null while pending
 * @param filedAt UTC, the server's clock when the request was filed
 * @param changesMade the administrator's note of the changes made (clause 2.3.4.2), set on
 *     approval; null otherwise and on approvals recorded before the note was required
 */
public record CorrectionRequest(
    long id,
    LocalDate requestedOn,
    String className,
    String teacher,
    LocalDate targetDate,
    String subject,
    String changes,
    String reason,
    String basisDocument,
    CorrectionStatus status,
    String decidedBy,
    LocalDateTime decidedAt,
    String decisionComment,
    LocalDateTime filedAt,
    String changesMade) {

  /** Whether this approved request covers a change of that class, subject and lesson date. */
  public boolean covers(String className, String subject, LocalDate lessonDate) {
    return status == CorrectionStatus.APPROVED
        && this.className.equalsIgnoreCase(className.strip())
        && this.subject.equalsIgnoreCase(subject.strip())
        && targetDate.equals(lessonDate);
  }
}
