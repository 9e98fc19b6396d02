package ru.netcity.gateway.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import ru.netcity.gateway.support.PdfText;

/** The service's templates and PDF renderer without a Spring context, and pdftotext's reading. */
final class Printing {
  private Printing() {}

  static SpringTemplateEngine templates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setCharacterEncoding("UTF-8");
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  static HtmlPdfDocuments pdf(String director) {
    return new HtmlPdfDocuments(
        templates(), () -> new Certification(director, "МБОУ СОШ № 1", "30.06.2026"));
  }

  /** The PDF's text as poppler's pdftotext reads it (installed by .ci/run). */
  static String text(byte[] pdf) throws IOException, InterruptedException {
    return PdfText.of(pdf);
  }

  /** The PDF's fonts as poppler's pdffonts lists them. */
  static String fonts(byte[] pdf) throws IOException, InterruptedException {
    Path file = Files.createTempFile("report", ".pdf");
    try {
      Files.write(file, pdf);
      Process p = new ProcessBuilder("pdffonts", file.toString()).redirectErrorStream(true).start();
      String out =
          new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      p.waitFor(60, TimeUnit.SECONDS);
      return out;
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
