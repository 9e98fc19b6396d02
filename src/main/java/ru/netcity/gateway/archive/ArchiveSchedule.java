package ru.netcity.gateway.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The archive's calendar: when a term's snapshot is due, which snapshots today's integrity check
 * takes (the whole archive within one fixity cycle, the least recently checked first), and until
 * when each snapshot is kept.
 */
final class ArchiveSchedule {
  private final Clock clock;
  private final ZoneId schoolZone;
  private final ArchiveProperties properties;
  private final CheckLog log;

  ArchiveSchedule(Clock clock, ZoneId schoolZone, ArchiveProperties properties, CheckLog log) {
    this.clock = clock;
    this.schoolZone = schoolZone;
    this.properties = properties;
    this.log = log;
  }

  /** Terms that ended on or before this day are due for their snapshot. */
  LocalDate lastTermEndDue() {
    return LocalDate.now(clock.withZone(schoolZone)).minus(properties.afterTermEnd());
  }

  LocalDate schoolDay(LocalDateTime utc) {
    return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(schoolZone).toLocalDate();
  }

  /**
   * Today's share of the check: one run a day over a cycle of N days checks ceil(count / N)
   * snapshots, never checked first, then the longest unchecked; any snapshot whose last check is
   * more than a cycle old (the schedule did not run for a while) is taken as well.
   */
  List<String> due(Collection<String> ids) {
    Period cycle = properties.fixityCycle();
    long days = Math.max(1, cycle.toTotalMonths() * 30 + cycle.getDays());
    long share = (ids.size() + days - 1) / days;
    Map<String, LocalDateTime> last = log.lastChecked();
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDateTime overdue = now.minusDays(days);
    List<String> oldestFirst =
        ids.stream()
            .sorted(
                Comparator.comparing((String id) -> last.getOrDefault(id, LocalDateTime.MIN))
                    .thenComparing(id -> id))
            .toList();
    List<String> due = new ArrayList<>();
    for (int i = 0; i < oldestFirst.size(); i++) {
      String id = oldestFirst.get(i);
      LocalDateTime checked = last.get(id);
      if (i < share || (checked != null && checked.isBefore(overdue))) {
        due.add(id);
      }
    }
    return due;
  }

  SnapshotListing listing(String id, Path bag, List<String> presentIn) {
    try {
      Map<String, String> info = Bags.readInfo(bag.resolve(Bags.INFO));
      LocalDate bagged = LocalDate.parse(info.getOrDefault("Bagging-Date", "1970-01-01"));
      boolean summaries = Files.isDirectory(bag.resolve("data/summary"));
      Period keep = summaries ? properties.retention().year() : properties.retention().term();
      List<String> checks =
          log.all().stream()
              .filter(e -> e.snapshotId().equals(id))
              .map(
                  e -> "%s %s %s".formatted(label(e.location()), e.outcome(), e.at().toLocalDate()))
              .toList();
      return new SnapshotListing(
          id,
          info.getOrDefault("External-Description", ""),
          bagged,
          info.getOrDefault("Ledger-Head", ""),
          summaries,
          presentIn,
          bagged.plus(keep),
          checks);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + bag.resolve(Bags.INFO), e);
    }
  }

  private String label(String location) {
    List<java.nio.file.Path> roots = properties.locations();
    for (int i = 0; i < roots.size(); i++) {
      if (roots.get(i).toAbsolutePath().normalize().toString().equals(location)) {
        return i == 0 ? "A" : "B";
      }
    }
    return location;
  }
}
