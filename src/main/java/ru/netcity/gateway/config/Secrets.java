package ru.netcity.gateway.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secret from the environment or from a file (a mounted secret), never both. A file holds the
 * secret as UTF-8 text of at most {@value #MAX_FILE_BYTES} bytes: a leading byte order mark and the
 * trailing line break are removed, every other character (inner and leading spaces too) is part of
 * the secret. A file its group or others may read is used with a warning.
 */
final class Secrets {
  private static final Logger LOG = LoggerFactory.getLogger(Secrets.class);

  /** No password is this long: a bigger file is the wrong file (a keystore, a log). */
  static final int MAX_FILE_BYTES = 4096;

  private static final char BOM = '\uFEFF';

  private Secrets() {}

  /**
   * {@code value} when set, else the content of {@code file}.
   *
   * @param valueKey the setting (environment variable) holding the value, for the messages
   * @param fileKey the setting naming the file, for the messages
   * @param missing the message when neither is set
   * @throws IllegalStateException both are set, neither is, or the file is unfit
   */
  static String of(String value, Path file, String valueKey, String fileKey, String missing) {
    boolean hasValue = value != null && !value.isEmpty();
    if (hasValue && file != null) {
      throw new IllegalStateException(
          "both "
              + valueKey
              + " and "
              + fileKey
              + " are set: keep one, so it is clear which secret is used");
    }
    if (hasValue) {
      return value;
    }
    if (file == null) {
      throw new IllegalStateException(missing);
    }
    return read(file, fileKey);
  }

  /** The secret held by a file, see the class comment. */
  static String read(Path file, String fileKey) {
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new IllegalStateException(
            fileKey
                + " "
                + file
                + " holds "
                + size
                + " bytes; a secret file holds the secret alone (at most "
                + MAX_FILE_BYTES
                + " bytes): is it the right file?");
      }
      warnWhenOthersMayRead(file, fileKey);
      String text = decode(Files.readAllBytes(file), file, fileKey);
      if (!text.isEmpty() && text.charAt(0) == BOM) {
        text = text.substring(1);
      }
      int end = text.length();
      while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
        end--;
      }
      if (end == 0) {
        throw new IllegalStateException(fileKey + " " + file + " is empty");
      }
      return text.substring(0, end);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + fileKey + " " + file, e);
    }
  }

  private static String decode(byte[] bytes, Path file, String fileKey) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(fileKey + " " + file + " is not UTF-8 text");
    }
  }

  private static void warnWhenOthersMayRead(Path file, String fileKey) throws IOException {
    Set<PosixFilePermission> permissions;
    try {
      permissions = Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException notPosix) {
      return; // Windows: the folder's ACL protects it
    }
    if (permissions.contains(PosixFilePermission.GROUP_READ)
        || permissions.contains(PosixFilePermission.OTHERS_READ)) {
      LOG.warn(
          "{} {} may be read by its group or others: make it readable by the gateway's user only"
              + " (chmod 600)",
          fileKey,
          file);
    }
  }
}
