package ru.netcity.gateway.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The anchor file: one line per anchoring of a school's chain head ({@code school=… seq=… sha256=…
 * at=…Z}), appended after every sync run and every intact verification, kept outside the database
 * folder. Someone who cuts the tail of ledger_event and ledger_head together leaves a chain that
 * links, but not one that reaches an anchored seq with the anchored hash.
 */
public final class Anchors {
  private static final Logger LOG = LoggerFactory.getLogger(Anchors.class);
  private static final Pattern LINE =
      Pattern.compile("school=(\\d+) seq=(\\d+) sha256=([0-9a-f]{64}) at=(\\S+)Z");

  /** No anchor file: for tests of the ledger alone. */
  public static final Anchors NONE = new Anchors(null, Clock.systemUTC());

  /**
   * One anchored head.
   *
   * @param at UTC time of the anchoring
   */
  public record Anchor(int schoolId, long seq, String hash, LocalDateTime at) {
    /** The line as the file holds it (also the archive's Ledger-Anchor). */
    public String line() {
      return "school=%d seq=%d sha256=%s at=%sZ".formatted(schoolId, seq, hash, EventHash.time(at));
    }
  }

  private final Path file;
  private final Clock clock;

  public Anchors(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  /** Appends the head (nothing before the school's first event) and logs it. */
  public synchronized void append(int schoolId, long seq, String hash) {
    if (file == null || seq == 0) {
      return;
    }
    Anchor anchor =
        new Anchor(schoolId, seq, hash, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      try (FileChannel out =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND)) {
        out.write(ByteBuffer.wrap((anchor.line() + "\n").getBytes(StandardCharsets.US_ASCII)));
        out.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the anchor file " + file, e);
    }
    LOG.info("ledger anchor {} appended to {}", anchor.line(), file.toAbsolutePath());
  }

  /** Every anchor of the school, oldest first; unreadable lines are skipped with a warning. */
  public List<Anchor> of(int schoolId) {
    List<Anchor> anchors = new ArrayList<>();
    if (file == null || !Files.exists(file)) {
      return anchors;
    }
    try {
      int n = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
        n++;
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
          if (!line.isBlank()) {
            LOG.warn("anchor file {}: line {} is not an anchor, skipped", file, n);
          }
          continue;
        }
        if (Integer.parseInt(m.group(1)) == schoolId) {
          anchors.add(
              new Anchor(
                  schoolId,
                  Long.parseLong(m.group(2)),
                  m.group(3),
                  LocalDateTime.parse(m.group(4))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the anchor file " + file, e);
    }
    return anchors;
  }

  /** The school's newest anchor. */
  public Optional<Anchor> newest(int schoolId) {
    List<Anchor> all = of(schoolId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** Where the anchors are kept (null: nowhere). */
  public Path file() {
    return file;
  }
}
