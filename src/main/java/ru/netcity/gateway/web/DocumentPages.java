package ru.netcity.gateway.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.netcity.gateway.audit.AuditRun;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.report.SummarySheetDocuments;
import ru.netcity.gateway.report.TermReport;
import ru.netcity.gateway.report.XlsxWriter;
import ru.netcity.gateway.security.Account;
import ru.netcity.gateway.security.Accounts;
import ru.netcity.gateway.sync.SyncProperties;

/**
 * The printed documents of the regulation: the year-end class summary sheet (5.2, 5.4) as a page,
 * {@code ?format=pdf} (A4 landscape, certified) or {@code ?format=xlsx}; and the term report for
 * the education department (order 4.1) as XLSX. Both are of the newest audit's school; a class
 * teacher or teacher gets only the summary sheet of a class bound to the account.
 */
@Controller
class DocumentPages {
  private final SummarySheetDocuments sheets;
  private final TermReport termReport;
  private final AuditService audits;
  private final Accounts accounts;
  private final Clock clock;
  private final SyncProperties sync;

  DocumentPages(
      SummarySheetDocuments sheets,
      TermReport termReport,
      AuditService audits,
      Accounts accounts,
      Clock clock,
      SyncProperties sync) {
    this.sheets = sheets;
    this.termReport = termReport;
    this.audits = audits;
    this.accounts = accounts;
    this.clock = clock;
    this.sync = sync;
  }

  @GetMapping("/reports/summary-sheet")
  String summarySheet(
      @RequestParam(name = "class", required = false) String className,
      Principal principal,
      Model model) {
    model.addAllAttributes(sheetModel(className, principal));
    return SummarySheetDocuments.TEMPLATE;
  }

  @GetMapping(value = "/reports/summary-sheet", params = "format")
  ResponseEntity<byte[]> summarySheetFile(
      @RequestParam(name = "class", required = false) String className,
      @RequestParam String format,
      Principal principal) {
    Map<String, Object> model = sheetModel(className, principal);
    String name = "svodnaya-vedomost" + (className == null ? "" : "-" + className.strip());
    return switch (format) {
      case "pdf" -> ReportExports.file(sheets.pdf(model), ReportExports.PDF, name + ".pdf");
      case "xlsx" -> ReportExports.file(sheets.xlsx(model), ReportExports.XLSX, name + ".xlsx");
      default ->
          throw Refused.badRequest(
              "Сводная ведомость выгружается в pdf или xlsx, а не «" + format + "».");
    };
  }

  @GetMapping(value = "/reports/term-report", params = "format")
  ResponseEntity<byte[]> termReport(
      @RequestParam String term, @RequestParam String format, Principal principal) {
    if (!accounts.signedIn(principal).role().seesAllClasses()) {
      throw Refused.forbidden(
          "Отчёт для управления образования доступен администратору и заместителю директора.");
    }
    if (!format.equals("xlsx")) {
      throw Refused.badRequest("Отчёт за период выгружается в xlsx, а не «" + format + "».");
    }
    try {
      return ReportExports.file(
          XlsxWriter.write(List.of(termReport.table(school(), term.strip()))),
          ReportExports.XLSX,
          "otchet-" + term.strip() + ".xlsx");
    } catch (IllegalArgumentException e) {
      throw Refused.notFound(
          "В журнале нет периода «" + term.strip() + "» (например, 1 четверть).");
    }
  }

  private Map<String, Object> sheetModel(String className, Principal principal) {
    Account account = accounts.signedIn(principal);
    if (className == null ? !account.role().seesAllClasses() : !account.mayRead(className)) {
      throw Refused.forbidden(
          className == null
              ? "Сводная ведомость всех классов вам не видна: укажите свой класс (class)."
              : "Сводная ведомость класса "
                  + className.strip()
                  + " вам не видна: это не ваш класс.");
    }
    LocalDate today = LocalDate.now(clock.withZone(sync.timeZone()));
    Map<String, Object> model =
        new HashMap<>(sheets.model(school(), className == null ? null : className.strip(), today));
    model.put("account", account);
    return model;
  }

  private int school() {
    return audits
        .latest()
        .map(AuditRun::schoolId)
        .orElseThrow(() -> Refused.notFound("Аудит ещё не проводился: данных для документа нет."));
  }
}
