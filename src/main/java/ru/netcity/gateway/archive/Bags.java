package ru.netcity.gateway.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The BagIt layout (RFC 8493) as the archive writes and reads it. */
final class Bags {
  static final String DECLARATION = "bagit.txt";
  static final String INFO = "bag-info.txt";
  static final String MANIFEST = "manifest-sha512.txt";
  static final String TAG_MANIFEST = "tagmanifest-sha512.txt";

  /** The detached CMS signature over the tag manifest (which covers everything else). */
  static final String SIGNATURE = "bag-signature.p7s";

  static final String DECLARATION_TEXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

  private Bags() {}

  static MessageDigest sha512() {
    try {
      return MessageDigest.getInstance("SHA-512");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-512", e);
    }
  }

  static String sha512(Path file) throws IOException {
    MessageDigest digest = sha512();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * A manifest's lines {@code <hex> <path>}, sorted by path so the same bag gives the same bytes.
   */
  static String manifest(Map<String, String> digestsByPath) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(digestsByPath)
        .forEach((path, hex) -> text.append(hex).append("  ").append(path).append('\n'));
    return text.toString();
  }

  /** Reads a manifest into path → digest; a malformed line is an IOException naming it. */
  static Map<String, String> readManifest(Path file) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      int gap = line.indexOf(' ');
      if (gap < 0) {
        throw new IOException("malformed line in " + file.getFileName() + ": " + line);
      }
      entries.put(line.substring(gap).strip(), line.substring(0, gap));
    }
    return entries;
  }

  /** bag-info.txt: one {@code Label: value} a line, in the given order. */
  static String info(Map<String, String> fields) {
    StringBuilder text = new StringBuilder();
    fields.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
    return text.toString();
  }

  /** Reads bag-info.txt; continuation lines (starting with white space) join the field before. */
  static Map<String, String> readInfo(Path file) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    String last = null;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && last != null) {
        fields.put(last, fields.get(last) + " " + line.strip());
      } else if (line.indexOf(':') > 0) {
        last = line.substring(0, line.indexOf(':')).strip();
        fields.put(last, line.substring(line.indexOf(':') + 1).strip());
      }
    }
    return fields;
  }
}
