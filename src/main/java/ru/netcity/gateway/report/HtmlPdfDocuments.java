package ru.netcity.gateway.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * {@link PdfDocuments} with Thymeleaf and openhtmltopdf: the page's own template is rendered to
 * HTML with the model plus {@code certification}, {@code landscape} and {@code printing}, parsed by
 * jsoup (templates are HTML5, the renderer wants a DOM) and laid out as PDF. DejaVu Sans, bundled
 * in the jar, is embedded (subset) so Cyrillic prints on any reader; the layout {@code
 * print/layout} gives the A4 page, its numbers and the certification block.
 */
public final class HtmlPdfDocuments implements PdfDocuments {
  /** The family the print layout's CSS names. */
  static final String FONT = "DejaVu Sans";

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  static {
    // the renderer logs every stylesheet and font load at INFO; its warnings and errors stay
    XRLog.listRegisteredLoggers()
        .forEach(name -> XRLog.setLevel(name, java.util.logging.Level.WARNING));
  }

  private final ITemplateEngine templates;
  private final Supplier<Certification> certification;

  public HtmlPdfDocuments(ITemplateEngine templates, Supplier<Certification> certification) {
    this.templates = templates;
    this.certification = certification;
  }

  @Override
  public byte[] render(String template, Map<String, Object> model, boolean landscape) {
    return pdf(html(template, model, landscape), landscape);
  }

  /** The HTML the PDF is made of: the page's template in print mode. */
  String html(String template, Map<String, Object> model, boolean landscape) {
    Map<String, Object> variables = new HashMap<>(model);
    variables.putIfAbsent("certification", certification.get());
    variables.put("landscape", landscape);
    variables.put("printing", true);
    return templates.process(template, new Context(RUSSIAN, variables));
  }

  private static byte[] pdf(String html, boolean landscape) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "classpath:/templates/");
    if (landscape) {
      builder.useDefaultPageSize(297, 210, PdfRendererBuilder.PageSizeUnits.MM);
    } else {
      builder.useDefaultPageSize(210, 297, PdfRendererBuilder.PageSizeUnits.MM);
    }
    font(builder, "DejaVuSans.ttf", 400);
    font(builder, "DejaVuSans-Bold.ttf", 700);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the PDF: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static void font(PdfRendererBuilder builder, String file, int weight) {
    builder.useFont(
        () -> HtmlPdfDocuments.class.getResourceAsStream("/fonts/" + file),
        FONT,
        weight,
        FontStyle.NORMAL,
        true);
  }
}
