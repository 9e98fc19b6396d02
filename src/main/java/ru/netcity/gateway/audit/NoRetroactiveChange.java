package ru.netcity.gateway.audit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import ru.netcity.gateway.audit.CorrectionRegister.RetroactiveChange;
import ru.netcity.gateway.audit.ruleset.RuleSet;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.mapping.WorkCategory;

/**
 * Clause 2.3.3 («исправление отметок, записей»): an entry of the configured kinds changed or
 * deleted after its window (the lesson day plus the configured days), or a mark first entered after
 * it, is a violation unless the correction register approves it. Times come from the journal log:
 * an entry carries its first entry, each later write is a {@link EntryKind#REVISION} of its own. A
 * written work's marks may first be entered within its grading period. A deletion the ledger
 * confirmed without a logged time is judged by the earliest moment it may have happened (the
 * gateway's last sight of the entry): a window that overlaps the allowed period is no violation.
 * One finding per entry.
 */
final class NoRetroactiveChange implements Rule {
  static final String CODE = "NO_RETROACTIVE_CHANGE";

  private final Set<String> reported = new HashSet<>();

  /** Written works by assignment id: a mark of one may be graded within the period. */
  private final Map<Long, WorkCategory> works = new HashMap<>();

  /** Deletions the journal log times, by class, subject, lesson date and student. */
  private final Set<String> loggedDeletions = new HashSet<>();

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
    Set<EntryKind> kinds = EnumSet.copyOf(Rule.TEACHER_ENTRIES);
    kinds.add(EntryKind.WORK);
    kinds.add(EntryKind.REVISION);
    return kinds;
  }

  @Override
  public void accept(JournalEntry e, AuditContext context, FindingSink out) {
    switch (e.kind()) {
      case WORK -> works.put(assignment(e.key()), WorkCategory.valueOf(e.value().split("\\|")[0]));
      case REVISION -> revision(e, context, out);
      case MARK -> {
        if (e.aisEnteredAt() != null) {
          check(
              e,
              e.kind(),
              e.key(),
              e.aisEnteredAt(),
              null,
              "entered",
              grading(e, context),
              context,
              out);
        }
      }
      default -> {}
    }
  }

  /** A later write of the journal log: {@code <kind>|<CHANGED or DELETED>|<before>→<after>}. */
  private void revision(JournalEntry e, AuditContext context, FindingSink out) {
    String[] parts = e.value().split("\\|", 3);
    EntryKind kind = EntryKind.valueOf(parts[0]);
    boolean deleted = "DELETED".equals(parts[1]);
    if (deleted) {
      loggedDeletions.add(place(e));
    }
    String entry = kind + "@" + place(e) + ":" + e.key();
    check(e, kind, entry, e.aisEnteredAt(), null, deleted ? "deleted" : "changed", 0, context, out);
  }

  /**
   * A CHANGED or DELETED event of the ledger's history. A change is judged by its journal log
   * revision (the entry's own time is its first entry), so only deletions are judged here: by the
   * log's time when it shows one (a revision), else by the last time the gateway saw the entry.
   */
  void history(
      JournalEntry e,
      String change,
      LocalDateTime lastSeenUtc,
      AuditContext context,
      FindingSink out) {
    if (!"DELETED".equals(change) || loggedDeletions.contains(place(e))) {
      return;
    }
    // The deletion happened after the gateway's latest record of the entry; without one, the
    // AIS's entry time or, failing that, the confirmation is all that is known.
    LocalDateTime earliest;
    if (lastSeenUtc != null) {
      earliest = context.local(lastSeenUtc);
    } else if (e.aisEnteredAt() != null) {
      earliest = e.aisEnteredAt();
    } else {
      earliest = context.local(e.firstSeenAt());
    }
    // ... and before the gateway confirmed it: a request covering any of that time covers it
    LocalDateTime latest = context.local(e.firstSeenAt());
    check(e, e.kind(), e.key(), earliest, latest, "deleted", 0, context, out);
  }

  /** The extra days a mark of a written work may first be entered in (its grading period). */
  private int grading(JournalEntry e, AuditContext context) {
    WorkCategory category = works.get(assignment(e.key()));
    RuleSet set = context.rules(e.classId(), e.lessonDate()).orElse(null);
    if (category == null || set == null) {
      return 0;
    }
    return set.rules().retroactive().gradingDays(category);
  }

  private void check(
      JournalEntry e,
      EntryKind kind,
      String entry,
      LocalDateTime at,
      LocalDateTime latest,
      String how,
      int gradingDays,
      AuditContext context,
      FindingSink out) {
    RuleSet set = context.rules(e.classId(), e.lessonDate()).orElse(null);
    if (set == null
        || at == null
        || e.lessonDate() == null
        || !set.rules().retroactive().kinds().contains(kind)
        || reported.contains(entry)) {
      return;
    }
    int window = Math.max(set.rules().retroactive().windowDaysAfterLesson(), gradingDays);
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
            latest,
            how);
    if (context.corrections().approves(change, set.rules().correctionLog().applyWithinDays())) {
      return;
    }
    reported.add(entry);
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put(Teachers.ENTRY_KEY, e.key());
    evidence.put("kind", kind.name());
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
          default -> "внесена";
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
        ("%s по предмету «%s» за %s %s %s «задним числом» без одобренной заявки"
                + " в журнале «Замена сведений в электронном журнале» (п. 2.3.3).")
            .formatted(what(kind), e.subject(), day(kind, e.lessonDate()), verb, Texts.time(at)));
  }

  private static String what(EntryKind kind) {
    return switch (kind) {
      case DOT -> "Точка (отметка о невыполненной работе)";
      case TOPIC -> "Запись темы урока";
      case HOMEWORK -> "Запись домашнего задания";
      case ABSENCE -> "Отметка о посещении";
      case TERM_MARK -> "Итоговая отметка";
      default -> "Отметка";
    };
  }

  private static String day(EntryKind kind, LocalDate date) {
    return (kind == EntryKind.TERM_MARK ? "период, оканчивающийся " : "урок ") + Texts.day(date);
  }

  /** The assignment id of a {@code MARK:<id>:<student>} or {@code WORK:<id>} key. */
  private static long assignment(String key) {
    int from = key.indexOf(':') + 1;
    int to = key.indexOf(':', from);
    return Long.parseLong(key, from, to < 0 ? key.length() : to, 10);
  }

  private static String place(JournalEntry e) {
    return e.classId() + "|" + e.subject() + "|" + e.lessonDate() + "|" + e.studentId();
  }
}
