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
 * The register «Замена сведений в электронном журнале» (clauses 2.3.4 and 2.3.5): a teacher files a
 * request, an administrator approves or rejects it with a comment. What the audits make of it is in
 * the audit package; this class keeps the register itself.
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

  public CorrectionRequest approve(long id, String administrator, String comment) {
    return decide(id, CorrectionStatus.APPROVED, administrator, comment);
  }

  /** A rejection says why: the comment is required. */
  public CorrectionRequest reject(long id, String administrator, String comment) {
    if (comment == null || comment.isBlank()) {
      throw CorrectionException.invalid(List.of("Укажите причину отказа в комментарии."));
    }
    return decide(id, CorrectionStatus.REJECTED, administrator, comment);
  }

  public CorrectionRequest get(long id) {
    return store.find(id).orElseThrow(() -> CorrectionException.notFound(id));
  }

  /** Requests dated between the bounds (inclusive, null = open), by date of request. */
  public List<CorrectionRequest> list(LocalDate from, LocalDate to, CorrectionStatus status) {
    return store.list(from, to, status);
  }

  private CorrectionRequest decide(
      long id, CorrectionStatus status, String administrator, String comment) {
    List<String> problems = new ArrayList<>();
    if (administrator == null || administrator.isBlank()) {
      problems.add("Укажите, кто принимает решение по заявке.");
    }
    if (comment != null && comment.length() > NewCorrection.MAX_TEXT) {
      problems.add("Комментарий длиннее " + NewCorrection.MAX_TEXT + " символов.");
    }
    if (!problems.isEmpty()) {
      throw CorrectionException.invalid(problems);
    }
    if (!store.decide(id, status, administrator, comment, now())) {
      CorrectionRequest decided = get(id); // an unknown id ends here as "not found"
      throw CorrectionException.invalid(
          List.of("По заявке №" + id + " уже принято решение: " + decided.status().label() + "."));
    }
    return get(id);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
  }
}
