package ru.netcity.mock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import ru.netcity.mock.school.Changes;
import ru.netcity.mock.school.GroundTruth;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolHost;

/**
 * The truth and changes files of a host: one school writes the file named, as it always did;
 * several schools (or a path that is a directory) write {@code truth-<schoolId>.json} and {@code
 * changes-<schoolId>.json} per school into that directory.
 */
final class TruthFiles {
  private TruthFiles() {}

  /** The truth of every school as of the clock (the final truth without one). */
  static void writeTruth(SchoolHost host, Optional<LocalDateTime> clock, Path path) {
    for (School school : host.all()) {
      Path file = fileOf(host, path, "truth", school);
      clock.ifPresentOrElse(
          at -> GroundTruth.write(school, at, file), () -> GroundTruth.write(school, file));
    }
  }

  /** What changed in every school after {@code from} up to {@code to}. */
  static void writeChanges(SchoolHost host, LocalDateTime from, LocalDateTime to, Path path) {
    for (School school : host.all()) {
      Changes.write(school, from, to, fileOf(host, path, "changes", school));
    }
  }

  private static Path fileOf(SchoolHost host, Path path, String kind, School school) {
    if (host.size() == 1 && !Files.isDirectory(path)) {
      return path;
    }
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return path.resolve(kind + "-" + school.id() + ".json");
  }
}
