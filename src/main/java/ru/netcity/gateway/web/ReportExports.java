package ru.netcity.gateway.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import ru.netcity.gateway.report.CsvWriter;
import ru.netcity.gateway.report.FindingView;
import ru.netcity.gateway.report.PdfDocuments;
import ru.netcity.gateway.report.ReportFilter;
import ru.netcity.gateway.report.ReportTable;
import ru.netcity.gateway.report.ReportView;
import ru.netcity.gateway.report.XlsxWriter;

/**
 * A view as a download: {@code csv} and {@code xlsx} from its tables, {@code pdf} from its own page
 * template through {@link PdfDocuments}.
 */
@Component
class ReportExports {
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  static final MediaType PDF = MediaType.APPLICATION_PDF;

  private final PdfDocuments pdfs;

  ReportExports(PdfDocuments pdfs) {
    this.pdfs = pdfs;
  }

  /**
   * @param name the file's name without extension, e.g. {@code report-classes}
   * @param template the page template the PDF is made from
   */
  ResponseEntity<byte[]> export(
      String format,
      String name,
      List<ReportTable> tables,
      String template,
      Map<String, Object> model) {
    return switch (format) {
      case "csv" ->
          file(
              CsvWriter.write(tables),
              new MediaType("text", "csv", StandardCharsets.UTF_8),
              name + ".csv");
      case "xlsx" -> file(XlsxWriter.write(tables), XLSX, name + ".xlsx");
      case "pdf" -> pdf(name, template, model);
      default ->
          throw Refused.badRequest(
              "Формат выгрузки (format) — csv, xlsx или pdf, а не «" + format + "».");
    };
  }

  /** The dashboard's tables as a file; the PDF from its page's {@code model}. */
  ResponseEntity<byte[]> dashboard(
      String format, List<ReportTable> tables, Map<String, Object> model) {
    return export(format, "compliance", tables, "reports/dashboard", model);
  }

  /** The findings as a file; {@code model} is the request's base model, completed here. */
  ResponseEntity<byte[]> findings(
      String format, Map<String, Object> model, List<FindingView> findings, ReportFilter filter) {
    model.put("findings", findings);
    return export(
        format,
        "findings",
        List.of(ReportView.findings(findings, filter)),
        "reports/findings",
        model);
  }

  /** One view's table as a file; {@code model} is the request's base model, completed here. */
  ResponseEntity<byte[]> view(
      String format, String view, ReportTable table, Map<String, Object> model) {
    model.put("table", table);
    model.put("view", view);
    return export(format, "report-" + view, List.of(table), "reports/table", model);
  }

  private ResponseEntity<byte[]> pdf(String name, String template, Map<String, Object> model) {
    Map<String, Object> printed = new HashMap<>(model);
    printed.put("pdf", true);
    return file(pdfs.render(template, printed, false), PDF, name + ".pdf");
  }

  static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(filename, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(body);
  }
}
