package ru.netcity.gateway.audit;

import java.time.LocalDate;

/** A reporting term of one class, from the ledger's TERM entries. */
public record Term(int classId, String name, LocalDate start, LocalDate end) {
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** Parses a TERM entry's value {@code <name>|<start>|<end>}. */
  public static Term parse(int classId, String value) {
    String[] parts = value.split("\\|");
    if (parts.length != 3) {
      throw new IllegalStateException("malformed TERM value in the ledger: " + value);
    }
    return new Term(classId, parts[0], LocalDate.parse(parts[1]), LocalDate.parse(parts[2]));
  }
}
