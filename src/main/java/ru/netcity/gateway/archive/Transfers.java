package ru.netcity.gateway.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Snapshots leaving and coming back: a copy to a removable drive for the director's safe (5.5), a
 * drive checked when it is plugged in again, a restore into a folder. Each starts from a copy that
 * verifies, and each result is verified before it counts.
 */
final class Transfers {
  private final Locations locations;
  private final ArchiveChecker checker;

  Transfers(Locations locations, ArchiveChecker checker) {
    this.locations = locations;
    this.checker = checker;
  }

  Path copy(String id, Path to) {
    ArchiveLocation drive = ArchiveLocation.drive(to);
    return locations.withLocks(
        () -> {
          ArchiveLocation source = healthy(id);
          try (Closeable lock = drive.lock()) {
            if (drive.has(id) && checker.problems(drive.snapshot(id)).isEmpty()) {
              return drive.snapshot(id);
            }
            checker.check(id, List.of(source, drive));
            if (!drive.has(id)) {
              throw new ArchiveException("the copy to " + to + " did not verify");
            }
            return drive.snapshot(id);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  List<SnapshotHealth> checkDrive(Path path) {
    boolean single = Files.isRegularFile(path.resolve(Bags.DECLARATION));
    ArchiveLocation drive = ArchiveLocation.drive(single ? path.getParent() : path);
    List<String> ids = single ? List.of(path.getFileName().toString()) : drive.snapshots();
    if (ids.isEmpty()) {
      throw new ArchiveException("no snapshot found at " + path);
    }
    return locations.withLocks(
        () -> {
          List<SnapshotHealth> found = new ArrayList<>();
          for (String id : ids) {
            List<ArchiveLocation> places = new ArrayList<>(List.of(drive));
            places.addAll(locations.holding(id));
            found.add(checker.check(id, places).health());
          }
          return found;
        });
  }

  Path restore(String id, Path dir) {
    return locations.withLocks(
        () -> {
          ArchiveLocation source = healthy(id);
          try {
            if (Files.exists(dir)) {
              try (var children = Files.list(dir)) {
                if (children.findAny().isPresent()) {
                  throw new ArchiveException("restore needs an empty folder; " + dir + " is not");
                }
              }
              Files.delete(dir);
            }
            Files2.copyTree(source.snapshot(id), dir);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot restore into " + dir, e);
          }
          List<String> problems = checker.deepProblems(dir);
          if (!problems.isEmpty()) {
            throw new ArchiveException(
                "the restored copy in " + dir + " does not verify: " + problems);
          }
          return dir;
        });
  }

  /** A copy of {@code id} that verifies, repairing the others on the way. */
  private ArchiveLocation healthy(String id) {
    ArchiveChecker.Checked checked = checker.check(id, locations.all());
    if (checked.healthy().isEmpty()) {
      throw new ArchiveException(
          "no intact copy of " + id + " is left: " + checked.health().problems());
    }
    return checked.healthy().get(0);
  }
}
