package ru.netcity.gateway.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.report.ReportTable.Column;
import ru.netcity.gateway.report.ReportTable.Kind;
import ru.netcity.gateway.support.PdfText;
import ru.netcity.gateway.support.Printing;

/**
 * The print layout through openhtmltopdf: A4 either way, DejaVu Sans embedded, «стр. N из M» on
 * every page, the certification block of 5.1 after the table.
 */
class HtmlPdfDocumentsTest {
  private final HtmlPdfDocuments pdf = Printing.pdf("Петрова Анна Сергеевна");

  @Test
  void aLongTableIsPrintedOnNumberedA4PagesWithItsFontEmbeddedAndCertified() throws Exception {
    byte[] bytes = pdf.render("print/table", Map.of("table", table(120)), false);

    String text = PdfText.of(bytes);
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      PDRectangle box = doc.getPage(0).getMediaBox();
      assertThat(box.getWidth())
          .isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
      assertThat(box.getHeight())
          .isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
      for (int n = 1; n <= pages; n++) {
        assertThat(text).contains("стр. " + n + " из " + pages);
      }
    }
    assertThat(text)
        .contains("Соответствие регламенту по классам", "уроки заполнены в срок", "7А")
        .contains("Директор", "/Петрова Анна Сергеевна/", "М.П.", "Дата: 30.06.2026")
        .contains("83,3", "01.09.2025");
    assertThat(PdfText.fonts(bytes)).contains("DejaVuSans").containsPattern("yes\\s+yes\\s+yes");
  }

  @Test
  void aLandscapeDocumentHasItsWidthAndNoDirectorLeavesTheNameToBeWrittenIn() throws Exception {
    byte[] bytes = Printing.pdf("").render("print/table", Map.of("table", table(3)), true);

    try (PDDocument doc = Loader.loadPDF(bytes)) {
      PDRectangle box = doc.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isGreaterThan(box.getHeight());
    }
    assertThat(PdfText.of(bytes)).contains("Директор", "М.П.", "стр. 1 из 1").doesNotContain("//");
  }

  private static ReportTable table(int rows) {
    List<List<Object>> cells = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      List<Object> row = new ArrayList<>();
      row.add((5 + i % 7) + "А");
      row.add("уроки заполнены в срок");
      row.add(i);
      row.add(5.0 / 6);
      row.add(LocalDate.of(2025, 9, 1));
      cells.add(row);
    }
    return new ReportTable(
        "Соответствие регламенту по классам",
        "1 четверть 2025/2026",
        List.of(
            new Column("Класс", Kind.TEXT),
            new Column("Показатель", Kind.TEXT),
            new Column("Уроков", Kind.NUMBER),
            new Column("Доля", Kind.SHARE),
            new Column("С", Kind.DATE)),
        cells);
  }
}
