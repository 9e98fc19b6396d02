package ru.netcity.gateway.archive;

import java.util.List;
import java.util.Map;

/**
 * What a check found of one snapshot's copies.
 *
 * @param problems per copy (location label) what was wrong; empty lists for intact copies
 */
public record SnapshotHealth(String id, Status status, Map<String, List<String>> problems) {
  /** The snapshot as a whole. */
  public enum Status {
    /** every copy intact */
    INTACT,
    /** a copy was damaged or missing and has been rewritten from a healthy one */
    REPAIRED,
    /** no healthy copy to repair from (or the repair failed): an alarm */
    DAMAGED
  }

  /** The exit code of {@code archive verify}: 0 intact, 3 damaged and repaired, 4 beyond repair. */
  public static int exitCode(List<SnapshotHealth> checked) {
    if (checked.stream().anyMatch(h -> h.status() == Status.DAMAGED)) {
      return 4;
    }
    return checked.stream().anyMatch(h -> h.status() == Status.REPAIRED) ? 3 : 0;
  }
}
