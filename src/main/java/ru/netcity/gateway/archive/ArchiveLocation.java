package ru.netcity.gateway.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One storage location of the archive: a folder (in a school, a mounted drive or share) holding one
 * folder per snapshot. A snapshot is written under {@code .incomplete/} and appears under its final
 * name only by an atomic rename once whole; a damaged copy is moved aside to {@code .damaged/},
 * never deleted.
 */
final class ArchiveLocation {
  private static final Logger LOG = LoggerFactory.getLogger(ArchiveLocation.class);
  private static final String STAGING = ".incomplete";
  private static final String DAMAGED = ".damaged";

  private final String label;
  private final Path root;
  private final boolean managed;

  /** One of the archive's configured locations, labelled A or B for people. */
  ArchiveLocation(String label, Path root) {
    this(label, root, true);
  }

  private ArchiveLocation(String label, Path root, boolean managed) {
    this.label = label;
    this.root = root.toAbsolutePath().normalize();
    this.managed = managed;
  }

  /** A removable drive or restore folder: checked, but not part of the fixity cycle's record. */
  static ArchiveLocation drive(Path root) {
    return new ArchiveLocation("drive", root, false);
  }

  boolean managed() {
    return managed;
  }

  String label() {
    return label;
  }

  Path root() {
    return root;
  }

  Path snapshot(String id) {
    return root.resolve(id);
  }

  boolean has(String id) {
    return Files.isDirectory(snapshot(id));
  }

  /** The snapshots stored here, by id. */
  List<String> snapshots() {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(root)) {
      return children
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the archive location " + root, e);
    }
  }

  /**
   * Holds this location against other processes (the service and a command line) until closed.
   * Anything left under {@code .incomplete/} then belongs to a writer that died: it is removed.
   */
  Closeable lock() {
    try {
      Files.createDirectories(root.resolve(STAGING));
      FileChannel channel =
          FileChannel.open(
              root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.lock();
      clearStale();
      return () -> {
        lock.release();
        channel.close();
      };
    } catch (IOException e) {
      throw new ArchiveException("cannot use the archive location " + root + ": " + e, e);
    }
  }

  /** A fresh staging folder for snapshot {@code id} (not yet created). */
  Path staging(String id) {
    return root.resolve(STAGING).resolve(id + "." + UUID.randomUUID());
  }

  /** Moves a whole, verified staging folder to the snapshot's final name in one step. */
  void publish(Path staging, String id) throws IOException {
    Files.move(staging, snapshot(id), StandardCopyOption.ATOMIC_MOVE);
    Files2.forceDirectory(root);
  }

  /** Moves a damaged copy aside (kept for inspection); returns where it went. */
  Path quarantine(String id) throws IOException {
    Path aside =
        root.resolve(DAMAGED)
            .resolve(
                id
                    + "."
                    + DateTimeFormatter.ISO_INSTANT
                        .format(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                        .replace(':', '-'));
    Files.createDirectories(aside.getParent());
    Files.move(snapshot(id), aside, StandardCopyOption.ATOMIC_MOVE);
    return aside;
  }

  private void clearStale() throws IOException {
    try (Stream<Path> stale = Files.list(root.resolve(STAGING))) {
      for (Path dir : stale.toList()) {
        LOG.warn(
            "archive location {}: removing {} left by an interrupted write",
            label,
            dir.getFileName());
        Files2.deleteTree(dir);
      }
    }
  }

  @Override
  public String toString() {
    return label + " (" + root + ")";
  }
}
