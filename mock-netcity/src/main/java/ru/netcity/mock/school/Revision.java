package ru.netcity.mock.school;

import java.time.LocalDateTime;

/**
 * One later write to a journal entry, as the journal access report shows it: the value before and
 * after (journal-log text: a mark's digit or "." for a dot, an absence letter, homework text), when
 * and by whom.
 *
 * @param after the new value, or null when the entry was deleted
 * @param by the user as the journal log names them (a teacher's short name)
 */
public record Revision(String before, String after, LocalDateTime at, String by) {
  public boolean deletion() {
    return after == null;
  }
}
