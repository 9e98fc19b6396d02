package ru.netcity.gateway.archive;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The archive's storage locations together: what they hold, and their locks. */
final class Locations {
  private static final Logger LOG = LoggerFactory.getLogger(Locations.class);

  private final List<ArchiveLocation> all;

  Locations(List<ArchiveLocation> all) {
    this.all = List.copyOf(all);
  }

  List<ArchiveLocation> all() {
    return all;
  }

  /** The ids of the snapshots any location holds, sorted. */
  TreeSet<String> ids() {
    TreeSet<String> ids = new TreeSet<>();
    all.forEach(l -> ids.addAll(l.snapshots()));
    return ids;
  }

  List<ArchiveLocation> holding(String id) {
    return all.stream().filter(l -> l.has(id)).toList();
  }

  List<Path> copies(String id) {
    return holding(id).stream().map(l -> l.snapshot(id)).toList();
  }

  /** Runs {@code work} holding every location's lock, taken in a fixed order. */
  <T> T withLocks(Supplier<T> work) {
    List<Closeable> held = new ArrayList<>();
    try {
      for (ArchiveLocation l : all) {
        held.add(l.lock());
      }
      return work.get();
    } finally {
      for (int i = held.size() - 1; i >= 0; i--) {
        try {
          held.get(i).close();
        } catch (IOException e) {
          LOG.warn("archive: cannot release a location lock: {}", e.toString());
        }
      }
    }
  }
}
