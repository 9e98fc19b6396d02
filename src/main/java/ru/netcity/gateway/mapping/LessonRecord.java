package ru.netcity.gateway.mapping;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A lesson of the diary without its assignments, free of the AIS wire names.
 *
 * @param id the AIS classmeetingId
 * @param room often null
 */
public record LessonRecord(
    long id,
    LocalDate date,
    int number,
    LocalTime start,
    LocalTime end,
    String subject,
    String room) {

  /**
   * The ledger's value of a group's lesson: {@link #ledgerValue()} followed by {@code |<ids>}, the
   * students whose diary shows it (ascending, comma-separated); the ids are left out (the plain
   * value) when every student of the unit sees the lesson.
   */
  public String ledgerValue(Collection<Integer> group) {
    if (group == null || group.isEmpty()) {
      return ledgerValue();
    }
    StringBuilder value = new StringBuilder(ledgerValue()).append('|');
    String separator = "";
    for (int student : new TreeSet<>(group)) {
      value.append(separator).append(student);
      separator = ",";
    }
    return value.toString();
  }

  /** The ledger's value of a lesson: {@code <number>|<start>-<end>|<subject>|<room or empty>}. */
  public String ledgerValue() {
    return number
        + "|"
        + Objects.toString(start, "")
        + "-"
        + Objects.toString(end, "")
        + "|"
        + Objects.toString(subject, "")
        + "|"
        + Objects.toString(room, "");
  }
}
