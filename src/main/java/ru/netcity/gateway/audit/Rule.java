package ru.netcity.gateway.audit;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import ru.netcity.gateway.domain.EntryKind;

/**
 * One clause of the regulation as code. The audit streams the complete entries of the kinds a rule
 * reads to it, in no particular order, then calls {@link #finish}. A rule instance serves one run.
 */
public interface Rule {
  /** What teachers enter in the journal, as opposed to the lessons, works and terms it holds. */
  Set<EntryKind> TEACHER_ENTRIES =
      Collections.unmodifiableSet(
          EnumSet.of(
              EntryKind.MARK,
              EntryKind.DOT,
              EntryKind.TOPIC,
              EntryKind.HOMEWORK,
              EntryKind.ABSENCE,
              EntryKind.TERM_MARK));

  /** The stable code, also the key of the rule's parameters in config/rules/*.yaml. */
  String code();

  /** The clause of the regulation, e.g. "2.1". */
  String clause();

  Set<EntryKind> reads();

  void accept(JournalEntry entry, AuditContext context, FindingSink out);

  /**
   * Called once a class's entries were streamed (the audit reads the school class by class): a rule
   * whose decisions need that class alone decides here and lets go of what it kept, so that the
   * audit's heap holds one class's state rather than the school's.
   */
  default void classDone(int classId, AuditContext context, FindingSink out) {}

  /** Called once all entries were streamed; term-level rules decide here. */
  default void finish(AuditContext context, FindingSink out) {}
}
