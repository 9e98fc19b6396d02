package ru.netcity.gateway.mapping;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

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
