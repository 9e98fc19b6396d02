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
import java.util.HashMap;
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

  ZoneId schoolZone() {
    return schoolZone;
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

  /**
   * The stored snapshots with what their bag-info.txt says, the newest check of each copy (read
   * once for all) and until when they are kept.
   */
  List<SnapshotListing> listings(Locations locations) {
    Map<String, String> labels = new HashMap<>();
    locations.all().forEach(l -> labels.put(l.root().toString(), l.label()));
    Map<String, List<String>> checks = new HashMap<>();
    for (CheckLog.Entry e : log.all()) {
      checks
          .computeIfAbsent(e.snapshotId(), id -> new ArrayList<>())
          .add(
              "%s %s %s"
                  .formatted(
                      labels.getOrDefault(e.location(), e.location()),
                      e.outcome(),
                      e.at().toLocalDate()));
    }
    List<SnapshotListing> listings = new ArrayList<>();
    for (String id : locations.ids()) {
      List<ArchiveLocation> present = locations.holding(id);
      listings.add(
          listing(
              id,
              present.get(0).snapshot(id),
              present.stream().map(ArchiveLocation::label).toList(),
              checks.getOrDefault(id, List.of())));
    }
    return listings;
  }

  private SnapshotListing listing(
      String id, Path bag, List<String> presentIn, List<String> checks) {
    try {
      Map<String, String> info = Bags.readInfo(bag.resolve(Bags.INFO));
      LocalDate bagged = LocalDate.parse(info.getOrDefault("Bagging-Date", "1970-01-01"));
      boolean summaries = Files.isDirectory(bag.resolve("data/summary"));
      Period keep = summaries ? properties.retention().year() : properties.retention().term();
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
}
