package ru.netcity.gateway.audit;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import ru.netcity.gateway.audit.ruleset.RuleSet;
import ru.netcity.gateway.domain.EntryKind;

/**
 * Clause 4.3: term and year marks go in no later than a day after the results are received; the
 * results count as received a configured number of days after the term's end (the year's: after the
 * last term's). The ledger dates a term mark by its term's end. A mark still missing after the
 * deadline is a violation too ({@link MissingFinalMarks}).
 */
final class FinalMarksWithin1Day implements Rule {
  static final String CODE = "FINAL_MARKS_WITHIN_1DAY";

  private final MissingFinalMarks missing = new MissingFinalMarks();

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public String clause() {
    return "4.3";
  }

  @Override
  public Set<EntryKind> reads() {
    return EnumSet.of(EntryKind.TERM_MARK, EntryKind.MARK);
  }

  @Override
  public void accept(JournalEntry e, AuditContext context, FindingSink out) {
    if (e.kind() == EntryKind.MARK) {
      missing.mark(e, context);
      return;
    }
    String term = e.key().substring(e.key().lastIndexOf(':') + 1);
    missing.termMark(e, term);
    RuleSet set = context.rules(e.classId(), e.lessonDate()).orElse(null);
    if (set == null || e.aisEnteredAt() == null) {
      return;
    }
    LocalDateTime deadline =
        MissingFinalMarks.deadline(set.rules().finalMarks(), term, e.lessonDate());
    if (e.aisEnteredAt().isBefore(deadline)) {
      return;
    }
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put(Teachers.ENTRY_KEY, e.key());
    evidence.put("term", term);
    evidence.put("termEnd", e.lessonDate().toString());
    evidence.put("enteredAt", Texts.iso(e.aisEnteredAt()));
    evidence.put("deadline", Texts.iso(deadline));
    evidence.put("lagMinutes", Duration.between(deadline, e.aisEnteredAt()).toMinutes());
    out.add(
        this,
        set,
        Severity.VIOLATION,
        e.classId(),
        e.subject(),
        e.studentId(),
        e.lessonDate(),
        evidence,
        "Итоговая отметка по предмету «%s» за период «%s» внесена %s, позже срока %s (п. 4.3)."
            .formatted(e.subject(), term, Texts.time(e.aisEnteredAt()), Texts.time(deadline)));
  }

  /** Term and year marks still missing after their deadline. */
  @Override
  public void finish(AuditContext context, FindingSink out) {
    missing.finish(this, context, out);
  }
}
