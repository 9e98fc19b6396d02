package ru.netcity.gateway.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder ({@code gateway.data-dir}) as an absolute path, created readable by the gateway's
 * user only (rwx------ on POSIX): it holds the journal's personal data (the H2 database, the
 * archive's key). An existing folder others may read is used with a warning.
 */
public final class DataFolder {
  private static final Logger LOG = LoggerFactory.getLogger(DataFolder.class);

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rwx------");

  private final Path path;

  /** Resolves {@code configured} against the working directory and creates the folder. */
  public DataFolder(Path configured) {
    this.path = configured.toAbsolutePath().normalize();
    try {
      if (Files.isDirectory(path)) {
        warnWhenOthersMayEnter(path);
      } else if (posix(path)) {
        Files.createDirectories(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } else {
        Files.createDirectories(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data folder " + path, e);
    }
    LOG.info("data folder {}", path);
  }

  public Path path() {
    return path;
  }

  @Override
  public String toString() {
    return path.toString();
  }

  private static boolean posix(Path path) {
    Path existing = path;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing != null
        && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static void warnWhenOthersMayEnter(Path path) throws IOException {
    if (!path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
    if (!OWNER_ONLY.containsAll(permissions)) {
      LOG.warn(
          "data folder {} is {}: it holds personal data, make it the gateway's user's only"
              + " (chmod 700)",
          path,
          PosixFilePermissions.toString(permissions));
    }
  }
}
