package ru.netcity.gateway.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes one bag into several staging folders at once: payload files under {@code data/} and tag
 * files at the top, remembering each file's SHA-512 for the manifests.
 */
final class BagBuilder {
  private final List<Path> roots;
  private final Map<String, String> payload = new TreeMap<>();
  private final Map<String, String> tags = new TreeMap<>();
  private long payloadBytes;

  BagBuilder(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  /**
   * A new payload file at {@code data/<relative>}, gzip-compressed (fastest level, on a thread of
   * its own) when the name ends in {@code .gz}; its digest is recorded when it is closed.
   */
  OutputStream payload(String relative) {
    String path = "data/" + relative;
    try {
      TeeFile file =
          new TeeFile(
              roots.stream().map(r -> r.resolve(path)).toList(), done -> recorded(path, done));
      return relative.endsWith(".gz")
          ? new Handoff(new FastGzip(file), relative)
          : new BufferedOutputStream(file, 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + path, e);
    }
  }

  /** Payload files are written from two threads (the journal and the events). */
  private synchronized void recorded(String path, TeeFile done) {
    payload.put(path, done.sha512());
    payloadBytes += done.size();
  }

  /**
   * A tag file; listed in the tag manifest unless {@code listed} is false (the tag manifest itself
   * and the signature over it).
   */
  void tag(String name, byte[] bytes, boolean listed) {
    try (TeeFile file =
        new TeeFile(roots.stream().map(r -> r.resolve(name)).toList(), done -> {})) {
      file.write(bytes, 0, bytes.length);
      file.close();
      if (listed) {
        tags.put(name, file.sha512());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name, e);
    }
  }

  void tag(String name, String text) {
    tag(name, text.getBytes(StandardCharsets.UTF_8), true);
  }

  synchronized String manifest() {
    return Bags.manifest(payload);
  }

  String tagManifest() {
    return Bags.manifest(tags);
  }

  /** RFC 8493 Payload-Oxum: octet count and file count of the payload. */
  synchronized String payloadOxum() {
    return payloadBytes + "." + payload.size();
  }

  /**
   * gzip (RFC 1952) at the fastest level: a snapshot's journal and events shrink about tenfold for
   * little CPU, and every system can open them ({@code zcat}). The header carries no time, so the
   * same data gives the same bytes.
   */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}
