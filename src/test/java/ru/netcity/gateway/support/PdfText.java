package ru.netcity.gateway.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A PDF's text as poppler's pdftotext reads it (installed by .ci/run). */
public final class PdfText {
  private PdfText() {}

  public static String of(byte[] pdf) throws IOException, InterruptedException {
    Path file = Files.createTempFile("report", ".pdf");
    Path txt = Path.of(file + ".txt");
    try {
      Files.write(file, pdf);
      Process p =
          new ProcessBuilder("pdftotext", "-layout", file.toString(), txt.toString())
              .inheritIO()
              .start();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("pdftotext failed");
      }
      return Files.readString(txt);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(txt);
    }
  }
}
