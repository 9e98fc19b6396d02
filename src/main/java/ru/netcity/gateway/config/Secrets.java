package ru.netcity.gateway.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A secret from the environment or, when the environment has none, from a file (a mounted secret).
 */
final class Secrets {
  private Secrets() {}

  /**
   * {@code value} when set, else the stripped content of {@code file}.
   *
   * @param fileKey the setting naming the file, for the message when it cannot be read
   * @param missing the message when neither is set
   */
  static String of(String value, Path file, String fileKey, String missing) {
    if (value != null && !value.isEmpty()) {
      return value;
    }
    if (file == null) {
      throw new IllegalStateException(missing);
    }
    return read(file, fileKey);
  }

  /** The stripped content of a secret file. */
  static String read(Path file, String fileKey) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + fileKey + " " + file, e);
    }
  }
}
