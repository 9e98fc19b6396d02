package ru.netcity.gateway.domain;

/** The kinds of journal entries the ledger records. */
public enum EntryKind {
  /** A held lesson (class meeting). */
  LESSON,
  /** The lesson record (тема урока). */
  TOPIC,
  HOMEWORK,
  MARK,
  /** The teacher's dot for missing work ({@code dutyMark}); not a mark. */
  DOT,
  ABSENCE,
  /** A term or year mark. */
  TERM_MARK
}
