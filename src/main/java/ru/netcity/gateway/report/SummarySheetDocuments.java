package ru.netcity.gateway.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/**
 * The year-end summary sheet as a page's model, a PDF (A4 landscape, certified) and an XLSX; all
 * three from one read of the ledger.
 */
public final class SummarySheetDocuments {
  /** The template of the page and of the PDF. */
  public static final String TEMPLATE = "reports/summary-sheet";

  /** Subjects side by side on one A4 landscape page. */
  static final int SUBJECTS_PER_PAGE = 8;

  private final SummarySheets sheets;
  private final PdfDocuments pdf;

  public SummarySheetDocuments(SummarySheets sheets, PdfDocuments pdf) {
    this.sheets = sheets;
    this.pdf = pdf;
  }

  /**
   * The page's model for the school's classes, or one class.
   *
   * @param className null for every class
   * @param yearEnd a day of the school year's second half (its label «2025/2026» is taken from it)
   */
  public Map<String, Object> model(int school, String className, LocalDate yearEnd) {
    List<ClassSheet> classes = sheets.sheets(school, className);
    return model(classes, yearEnd);
  }

  /**
   * The sheets as one PDF. Several classes are rendered a class at a time and joined (each class's
   * sheet, certification and page numbers are its own, as it is bound): the whole school at once
   * held every class's layout in memory and did not fit in 512 MB for 2000 pupils.
   */
  @SuppressWarnings("unchecked")
  public byte[] pdf(Map<String, Object> model) {
    List<ClassSheet> classes = (List<ClassSheet>) model.get("sheets");
    if (classes.size() <= 1) {
      return pdf.render(TEMPLATE, model, true);
    }
    PDFMergerUtility joined = new PDFMergerUtility();
    for (ClassSheet sheet : classes) {
      Map<String, Object> one = new HashMap<>(model);
      one.put("sheets", List.of(sheet));
      joined.addSource(new RandomAccessReadBuffer(pdf.render(TEMPLATE, one, true)));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    joined.setDestinationStream(out);
    try {
      joined.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
    } catch (IOException e) {
      throw new UncheckedIOException("summary sheets not joined", e);
    }
    return out.toByteArray();
  }

  @SuppressWarnings("unchecked")
  public byte[] xlsx(Map<String, Object> model) {
    return SummarySheetXlsx.write((List<ClassSheet>) model.get("sheets"));
  }

  static Map<String, Object> model(List<ClassSheet> classes, LocalDate day) {
    int start = day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
    return Map.of(
        "sheets",
        classes,
        "year",
        start + "/" + (start + 1),
        "subjectsPerPage",
        SUBJECTS_PER_PAGE,
        "title",
        "Сводная ведомость итоговой успеваемости",
        "subtitle",
        "");
  }
}
