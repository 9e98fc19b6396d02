package ru.netcity.gateway.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a new snapshot into every location: written under staging names from one read of the
 * database, each copy read back and verified, then renamed into place. Nothing half-written is ever
 * visible, and a failure leaves nothing behind.
 */
final class NewSnapshot {
  private static final Logger LOG = LoggerFactory.getLogger(NewSnapshot.class);

  private final Locations locations;
  private final SnapshotWriter writer;
  private final ArchiveChecker checker;

  NewSnapshot(Locations locations, SnapshotWriter writer, ArchiveChecker checker) {
    this.locations = locations;
    this.writer = writer;
    this.checker = checker;
  }

  ArchiveService.Created write(
      int school,
      Map<String, String> about,
      Function<LedgerHead, String> naming,
      Map<Integer, String> pupils,
      Consumer<String> progress) {
    return locations.withLocks(
        () -> {
          List<ArchiveLocation> all = locations.all();
          List<Path> staging = all.stream().map(l -> l.staging("new")).toList();
          try {
            SnapshotWriter.Written written =
                writer.write(school, about, naming, pupils, staging, progress);
            if (!written.chainProblems().isEmpty()) {
              throw new ArchiveException(
                  "the ledger's events do not re-verify: " + written.chainProblems());
            }
            for (Path copy : staging) {
              List<String> problems = checker.problems(copy);
              if (!problems.isEmpty()) {
                throw new ArchiveException("a fresh copy does not verify: " + problems);
              }
            }
            boolean any = false;
            for (int i = 0; i < all.size(); i++) {
              if (!all.get(i).has(written.id())) {
                all.get(i).publish(staging.get(i), written.id());
                checker.written(written.id(), all.get(i));
                any = true;
              }
            }
            return new ArchiveService.Created(written.id(), any, locations.copies(written.id()));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot write the snapshot", e);
          } finally {
            for (Path dir : staging) {
              deleteQuietly(dir);
            }
          }
        });
  }

  private static void deleteQuietly(Path dir) {
    try {
      Files2.deleteTree(dir);
    } catch (IOException e) {
      LOG.warn("archive: cannot remove the staging folder {}: {}", dir, e.toString());
    }
  }
}
