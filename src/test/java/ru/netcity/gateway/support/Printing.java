package ru.netcity.gateway.support;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import ru.netcity.gateway.report.Certification;
import ru.netcity.gateway.report.HtmlPdfDocuments;

/** The service's templates and PDF renderer without a Spring context (tests and benches). */
public final class Printing {
  private Printing() {}

  /** The page templates, read from the classpath as the service reads them. */
  public static SpringTemplateEngine templates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setCharacterEncoding("UTF-8");
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  /** The PDF renderer, certifying as {@code director} of «МБОУ СОШ № 1» on 30.06.2026. */
  public static HtmlPdfDocuments pdf(String director) {
    return pdf(director, "МБОУ СОШ № 1");
  }

  public static HtmlPdfDocuments pdf(String director, String school) {
    return new HtmlPdfDocuments(
        templates(), () -> new Certification(director, school, "30.06.2026"));
  }
}
