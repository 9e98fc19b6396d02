package ru.netcity.gateway.corrections;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The register «Замена сведений в электронном журнале» (clause 2.3.4): a teacher files a request,
 * the server dates it; an administrator approves it with the note of the changes made (2.3.4.2) or
 * rejects it with a reason, once. What the audits make of it is in the audit package; this class
 * keeps the register itself.
 */
public final class CorrectionService {
  private final CorrectionStore store;
  private final Clock clock;
  private final ZoneId schoolZone;

  public CorrectionService(DataSource dataSource, Clock clock, ZoneId schoolZone) {
    this.store = new CorrectionStore(dataSource);
    this.clock = clock;
    this.schoolZone = schoolZone;
  }

  /** Files a request dated today; refuses one with missing or inconsistent fields. */
  public CorrectionRequest file(NewCorrection request) {
    LocalDate today = LocalDate.now(clock.withZone(schoolZone));
    List<String> problems = request.problems(today);
    if (!problems.isEmpty()) {
      throw CorrectionException.invalid(problems);
    }
    long id = store.insert(request, today, now());
    return get(id);
  }

  /**
   * Approves a pending request, recording who approved it and when (the server's clock).
   *
   * @param changesMade the changes made in the journal (clause 2.3.4.2: «с отметкой … о
   *     произведённых изменениях»), required
   */
  public CorrectionRequest approve(
      long id, String administrator, String changesMade, String comment) {
    List<String> problems = new ArrayList<>();
    if (changesMade == null || changesMade.isBlank()) {
      problems.add(
          "Укажите произведённые изменения: заявка одобряется с отметкой о произведённых"
              + " изменениях (п. 2.3.4.2).");
    } else if (changesMade.length() > NewCorrection.MAX_TEXT) {
      problems.add(
          "Поле «произведённые изменения» длиннее " + NewCorrection.MAX_TEXT + " символов.");
    }
    return decide(id, CorrectionStatus.APPROVED, administrator, changesMade, comment, problems);
  }

  /** A rejection says why: the comment is required. */
  public CorrectionRequest reject(long id, String administrator, String comment) {
    List<String> problems = new ArrayList<>();
    if (comment == null || comment.isBlank()) {
      problems.add("Укажите причину отказа в комментарии.");
    }
    return decide(id, CorrectionStatus.REJECTED, administrator, null, comment, problems);
  }

  public CorrectionRequest get(long id) {
    return store.find(id).orElseThrow(() -> CorrectionException.notFound(id));
  }

  /** Requests dated between the bounds (inclusive, null = open), by date of request. */
  public List<CorrectionRequest> list(LocalDate from, LocalDate to, CorrectionStatus status) {
    return store.list(from, to, status);
  }

  private CorrectionRequest decide(
      long id,
      CorrectionStatus status,
      String administrator,
      String changesMade,
      String comment,
      List<String> problems) {
    CorrectionRequest current = get(id); // an unknown id ends here as "not found"
    if (current.status() != CorrectionStatus.PENDING) {
      throw CorrectionException.invalid(List.of(alreadyDecided(current, status)));
    }
    if (administrator == null || administrator.isBlank()) {
      problems.add("Укажите, кто принимает решение по заявке.");
    }
    if (comment != null && comment.length() > NewCorrection.MAX_TEXT) {
      problems.add("Комментарий длиннее " + NewCorrection.MAX_TEXT + " символов.");
    }
    if (!problems.isEmpty()) {
      throw CorrectionException.invalid(problems);
    }
    if (!store.decide(id, status, administrator, changesMade, comment, now())) {
      // decided by someone else in the meantime
      throw CorrectionException.invalid(List.of(alreadyDecided(get(id), status)));
    }
    return get(id);
  }

  private String alreadyDecided(CorrectionRequest decided, CorrectionStatus wanted) {
    String when = RegisterPrinter.stamp(decided.decidedAt(), schoolZone);
    String refusal =
        switch (decided.status()) {
          case APPROVED ->
              wanted == CorrectionStatus.APPROVED
                  ? "повторно одобрить её нельзя."
                  : "отклонить одобренную заявку нельзя.";
          case REJECTED ->
              wanted == CorrectionStatus.REJECTED
                  ? "повторно отклонить её нельзя."
                  : "одобрить отклонённую заявку нельзя, подайте новую.";
          case PENDING -> throw new IllegalStateException("pending request " + decided.id());
        };
    return "По заявке №%d уже принято решение: %s (%s, %s); %s"
        .formatted(decided.id(), decided.status().label(), when, decided.decidedBy(), refusal);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
  }
}
