package ru.netcity.gateway.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.netcity.gateway.archive.CheckLog.Outcome;

/**
 * Checks the copies of a snapshot and repairs a damaged or missing one from a healthy one: the
 * damaged copy is moved aside, a fresh copy is written under a staging name, verified, then put in
 * place. Callers hold the locations' locks.
 */
final class ArchiveChecker {
  private static final Logger LOG = LoggerFactory.getLogger(ArchiveChecker.class);

  private final BagVerifier verifier;
  private final CheckLog log;

  ArchiveChecker(BagVerifier verifier, CheckLog log) {
    this.verifier = verifier;
    this.log = log;
  }

  /** Fixity and signature of one copy; empty when it is intact. */
  List<String> problems(Path bag) {
    return verifier.check(bag);
  }

  /** Fixity, signature and the archived ledger chain: for a restored snapshot. */
  List<String> deepProblems(Path bag) {
    return verifier.check(bag, true);
  }

  /** A new copy, read back and verified before it was put in place: its first check. */
  void written(String id, ArchiveLocation location) {
    record(id, location, Outcome.INTACT, "written");
  }

  /** A check's result and the copies that are whole after it (intact or repaired). */
  record Checked(SnapshotHealth health, List<ArchiveLocation> healthy) {}

  /** Checks every copy of {@code id} in {@code locations}, repairing from a healthy copy. */
  Checked check(String id, List<ArchiveLocation> locations) {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    Optional<ArchiveLocation> healthy = Optional.empty();
    for (ArchiveLocation location : locations) {
      List<String> found = verifier.check(location.snapshot(id));
      problems.put(location.label(), found);
      if (found.isEmpty() && healthy.isEmpty()) {
        healthy = Optional.of(location);
      }
    }
    boolean repaired = false;
    boolean lost = false;
    List<ArchiveLocation> whole = new ArrayList<>();
    for (ArchiveLocation location : locations) {
      List<String> found = problems.get(location.label());
      if (found.isEmpty()) {
        record(id, location, Outcome.INTACT, null);
        whole.add(location);
      } else if (healthy.isPresent() && repair(id, healthy.get(), location, found)) {
        repaired = true;
        whole.add(location);
      } else {
        lost = true;
        record(id, location, Outcome.DAMAGED, String.join("; ", found));
        LOG.error(
            "ARCHIVE ALARM: snapshot {} in location {} is damaged and {}: {}",
            id,
            location,
            healthy.isPresent() ? "its repair failed" : "no healthy copy is left to repair it",
            found);
      }
    }
    SnapshotHealth.Status status =
        lost
            ? SnapshotHealth.Status.DAMAGED
            : repaired ? SnapshotHealth.Status.REPAIRED : SnapshotHealth.Status.INTACT;
    return new Checked(new SnapshotHealth(id, status, problems), whole);
  }

  private boolean repair(
      String id, ArchiveLocation from, ArchiveLocation to, List<String> problems) {
    try {
      String was = to.has(id) ? "moved aside to " + to.quarantine(id) : "missing";
      Path staging = to.staging(id);
      Files2.copyTree(from.snapshot(id), staging);
      List<String> after = verifier.check(staging);
      if (!after.isEmpty()) {
        Files2.deleteTree(staging);
        LOG.error("archive: the repaired copy of {} in {} does not verify: {}", id, to, after);
        return false;
      }
      to.publish(staging, id);
      record(id, to, Outcome.REPAIRED, String.join("; ", problems));
      LOG.warn(
          "archive: snapshot {} in location {} was damaged ({}; {}); repaired from location {}",
          id,
          to,
          problems,
          was,
          from);
      return true;
    } catch (IOException | RuntimeException e) {
      LOG.error("archive: cannot repair {} in {}: {}", id, to, e.toString());
      return false;
    }
  }

  private void record(String id, ArchiveLocation location, Outcome outcome, String detail) {
    if (location.managed()) {
      log.record(id, location.root().toString(), outcome, detail);
    }
  }
}
