package ru.netcity.gateway.report;

import java.util.Map;

/**
 * Renders a page's own Thymeleaf template as a printable PDF: A4, Cyrillic fonts embedded, page
 * numbers, and the certification block of regulation 5.1 (the director's name and signature line,
 * «М.П.», the date). The documents are made from the same templates as the pages, not drawn twice.
 */
public interface PdfDocuments {

  /**
   * @param template the template's name as a controller returns it, for example {@code
   *     "reports/dashboard"}
   * @param model the same model the page is rendered with
   * @param landscape whether the pages are A4 landscape (the year-end summary sheet) or portrait
   */
  byte[] render(String template, Map<String, Object> model, boolean landscape);
}
