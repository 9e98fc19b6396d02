package ru.netcity.gateway.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import ru.netcity.gateway.archive.ArchiveException;
import ru.netcity.gateway.archive.ArchiveService;
import ru.netcity.gateway.archive.SnapshotHealth;
import ru.netcity.gateway.archive.SnapshotListing;

/**
 * {@code archive …}: make, list, check, copy and restore term snapshots. Exit codes of verify, copy
 * and restore: 0 intact, 3 damaged and repaired, 4 damaged beyond repair; 1 an error.
 */
final class ArchiveCommands {
  private final PrintStream out;
  private final PrintStream err;

  ArchiveCommands(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(ArchiveRequest request, ArchiveService archive) {
    try {
      return switch (request.action()) {
        case "create" -> create(request, archive);
        case "list" -> list(request, archive.list());
        case "verify" ->
            report(
                request.path("at") != null
                    ? archive.verifyAt(request.path("at"))
                    : archive.verify(request.all()));
        case "copy" ->
            written("copied and verified", archive.copy(request.term(), request.path("to")));
        case "restore" ->
            written("restored and verified", archive.restore(request.term(), request.path("to")));
        default -> throw new IllegalStateException(request.action());
      };
    } catch (ArchiveException e) {
      err.println("error: " + e.getMessage());
      return CommandLine.ERROR;
    }
  }

  private int create(ArchiveRequest request, ArchiveService archive) {
    ArchiveService.Created created =
        archive.create(request.term(), step -> err.println("archive: " + step));
    out.printf(
        "snapshot %s %s: %s%n",
        created.id(),
        created.written() ? "written and verified" : "already stored (checked)",
        created.copies());
    return CommandLine.COMPLETE;
  }

  private int list(ArchiveRequest request, List<SnapshotListing> listings) {
    if (request.json()) {
      try {
        out.println(
            new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(listings));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return CommandLine.COMPLETE;
    }
    if (listings.isEmpty()) {
      out.println("no snapshots stored yet");
    }
    for (SnapshotListing s : listings) {
      out.printf(
          "%s  %s%n    made %s, copies in %s, keep until %s%s, checks %s%n    %s%n",
          s.id(),
          s.description(),
          s.baggingDate(),
          String.join(" and ", s.locations()),
          s.keepUntil(),
          s.summarySheets() ? " (with the year-end summary sheets)" : "",
          s.lastCheck().isEmpty() ? "none yet" : String.join(", ", s.lastCheck()),
          s.ledgerHead());
    }
    return CommandLine.COMPLETE;
  }

  private int report(List<SnapshotHealth> checked) {
    for (SnapshotHealth h : checked) {
      out.printf("%s: %s%n", h.id(), h.status());
      h.problems()
          .forEach(
              (location, problems) -> {
                if (!problems.isEmpty()) {
                  out.printf("    copy %s: %s%n", location, String.join("; ", problems));
                }
              });
    }
    out.printf("%d snapshots checked%n", checked.size());
    return SnapshotHealth.exitCode(checked);
  }

  private int written(String what, Path where) {
    out.println(what + ": " + where);
    return CommandLine.COMPLETE;
  }
}
