package ru.netcity.gateway.domain;

/** The kinds of journal entries the ledger records. */
public enum EntryKind {
  /**
   * A held lesson (class meeting): value {@code <number>|<start>-<end>|<subject>|<room>}, followed
   * by {@code |<ids of the students whose diary shows it>} when not every diary of the unit does (a
   * group's lesson).
   */
  LESSON,
  /** The lesson record (тема урока). */
  TOPIC,
  HOMEWORK,
  MARK,
  /** The teacher's dot for missing work ({@code dutyMark}); not a mark. */
  DOT,
  ABSENCE,
  /** A term or year mark. */
  TERM_MARK,
  /**
   * A written work held in a lesson (control, check-up, laboratory, practical; independent and
   * other written works too): value {@code <category>|<lesson number>|<ids of the students whose
   * diary shows it>}; clause 2.3.1 needs the first four, 2.3.3 the grading period of each.
   */
  WORK,
  /** A reporting term of the class: value {@code <name>|<start>|<end>}, lesson date = start. */
  TERM,
  /**
   * A later write of the journal log on an entry (an edit or a deletion, «Было» not empty): value
   * {@code <kind of the entry>|<CHANGED or DELETED>|<before>→<after>}, time = the write's; clause
   * 2.3.3 judges it. The entry itself carries the time of its first entry.
   */
  REVISION,
  /**
   * Who taught a held lesson, as the journal log names the user of the lesson's first entries (a
   * substitute in his lessons): value {@code <lesson number>|<teacher>}, followed by {@code |<ids>}
   * for a group's lesson as for {@link #LESSON}; key {@code TEACHER:<classmeetingId>}. A lesson the
   * log shows no first entry of has none. Teachers' names are staff data.
   */
  TEACHER,
  /**
   * Who made an entry (its first entry) or a {@link #REVISION}, as the journal log names the user,
   * recorded only when that user taught none of the entry's lessons (the deputy director, or a
   * colleague, writing in another teacher's lesson): value the user's name, time the write's, key
   * {@code AUTHOR:<the entry's key>}. The findings about that entry or edit name him.
   */
  AUTHOR
}
