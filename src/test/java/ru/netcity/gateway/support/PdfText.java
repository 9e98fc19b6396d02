package ru.netcity.gateway.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A PDF as poppler's tools read it (poppler-utils, installed by .ci/run). */
public final class PdfText {
  private PdfText() {}

  /** The text, as pdftotext lays it out. */
  public static String of(byte[] pdf) throws IOException, InterruptedException {
    return withFile(
        pdf,
        file -> {
          Path txt = Path.of(file + ".txt");
          try {
            Process p =
                new ProcessBuilder("pdftotext", "-layout", file.toString(), txt.toString())
                    .inheritIO()
                    .start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
              throw new IllegalStateException("pdftotext failed");
            }
            return Files.readString(txt);
          } finally {
            Files.deleteIfExists(txt);
          }
        });
  }

  /** The fonts, as pdffonts lists them (name, type, embedded, subset, unicode). */
  public static String fonts(byte[] pdf) throws IOException, InterruptedException {
    return withFile(
        pdf,
        file -> {
          Process p =
              new ProcessBuilder("pdffonts", file.toString()).redirectErrorStream(true).start();
          String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          p.waitFor(60, TimeUnit.SECONDS);
          return out;
        });
  }

  private interface Reading {
    String read(Path file) throws IOException, InterruptedException;
  }

  /** Reads the PDF written to a temporary file, deleted afterwards. */
  private static String withFile(byte[] pdf, Reading reading)
      throws IOException, InterruptedException {
    Path file = Files.createTempFile("report", ".pdf");
    try {
      Files.write(file, pdf);
      return reading.read(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
