package ru.netcity.gateway.audit;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import ru.netcity.gateway.audit.CorrectionRegister.RetroactiveChange;
import ru.netcity.gateway.audit.ruleset.RuleSet;
import ru.netcity.gateway.domain.EntryKind;

/**
 * Clause 2.3.3: a mark entered, changed or deleted after its window (the lesson day plus the
 * configured days) is a violation unless the correction register approves it. The current state
 * gives the AIS's time of the latest write; the history adds the changes and deletions the gateway
 * saw after the window. One finding per entry.
 */
final class NoRetroactiveChange implements Rule {
  static final String CODE = "NO_RETROACTIVE_CHANGE";

  private final Set<String> reported = new HashSet<>();

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public String clause() {
    return "2.3.3";
  }

  @Override
  public Set<EntryKind> reads() {
    return Rule.TEACHER_ENTRIES;
  }

  @Override
  public void accept(JournalEntry e, AuditContext context, FindingSink out) {
    if (e.aisEnteredAt() != null) {
      check(e, e.aisEnteredAt(), "entered", context, out);
    }
  }

  /** A CHANGED or DELETED event of the ledger's history. */
  void history(JournalEntry e, String change, AuditContext context, FindingSink out) {
    check(e, context.changedAt(e), "DELETED".equals(change) ? "deleted" : "changed", context, out);
  }

  private void check(
      JournalEntry e, LocalDateTime at, String how, AuditContext context, FindingSink out) {
    RuleSet set = context.rules(e.classId(), e.lessonDate()).orElse(null);
    if (set == null
        || e.lessonDate() == null
        || !set.rules().retroactive().kinds().contains(e.kind())
        || reported.contains(e.key())) {
      return;
    }
    int window = set.rules().retroactive().windowDaysAfterLesson();
    LocalDateTime windowEnd = e.lessonDate().plusDays(window + 1L).atStartOfDay();
    if (at.isBefore(windowEnd)) {
      return;
    }
    RetroactiveChange change =
        new RetroactiveChange(
            context.schoolId(),
            e.classId(),
            e.subject(),
            e.lessonDate(),
            e.studentId(),
            e.key(),
            at,
            how);
    if (context.corrections().approves(change)) {
      return;
    }
    reported.add(e.key());
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("entry", e.key());
    evidence.put("how", how);
    evidence.put("at", Texts.iso(at));
    evidence.put("windowEnd", Texts.iso(windowEnd));
    evidence.put("lagMinutes", Duration.between(windowEnd, at).toMinutes());
    evidence.put("value", e.value());
    evidence.put("approvedCorrection", false);
    String verb =
        switch (how) {
          case "deleted" -> "удалена";
          case "changed" -> "изменена";
          default -> "внесена или изменена";
        };
    out.add(
        this,
        set,
        Severity.VIOLATION,
        e.classId(),
        e.subject(),
        e.studentId(),
        e.lessonDate(),
        evidence,
        ("Отметка по предмету «%s» за урок %s %s %s «задним числом» без одобренной заявки"
                + " в журнале «Замена сведений в электронном журнале» (п. 2.3.3).")
            .formatted(e.subject(), Texts.day(e.lessonDate()), verb, Texts.time(at)));
  }
}
