package ru.netcity.gateway.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.netcity.gateway.report.ComplianceReport;
import ru.netcity.gateway.report.FindingView;
import ru.netcity.gateway.report.ReportTable;

/**
 * The JSON API of the report pages: the same numbers as the pages, narrowed to what the account
 * sees (a class teacher their classes, a teacher their own lessons); {@code ?format=csv|xlsx|pdf}
 * downloads the view instead.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Отчёты", description = "Соответствие ведения электронного журнала регламенту")
public class ReportApi {
  private static final String FILTERS =
      " Фильтры (все необязательны): term (название периода, например «1 четверть»), from, to"
          + " (ГГГГ-ММ-ДД), class, teacher, subject, rule (код правила), severity (VIOLATION,"
          + " WARNING, INFO; без него считаются нарушения и предупреждения); format=csv|xlsx|pdf"
          + " — выгрузка файлом.";

  private final ReportModels models;
  private final ReportExports exports;

  ReportApi(ReportModels models, ReportExports exports) {
    this.models = models;
    this.exports = exports;
  }

  @Operation(
      summary = "Сводка для заместителя директора",
      description =
          "Доли «проверенные единицы без замечаний / проверенные единицы» по правилам, классам,"
              + " учителям и предметам, недельная динамика, десять худших учителей и классов,"
              + " полнота последней синхронизации."
              + FILTERS)
  @GetMapping("/dashboard")
  public ResponseEntity<?> dashboard(
      @Parameter(hidden = true) @RequestParam Map<String, String> parameters,
      @RequestParam(required = false) String format,
      Principal principal) {
    ReportModels.Request request = models.request(parameters, principal);
    ComplianceReport report = models.report(request);
    if (format != null) {
      return exports.dashboard(format, models.tables(report), models.dashboard(request, report));
    }
    return ResponseEntity.ok(report);
  }

  @Operation(
      summary = "Замечания за числом (детализация)",
      description =
          "Замечания с доказательствами, учителем, пунктом и словами регламента." + FILTERS)
  @GetMapping("/findings")
  public ResponseEntity<?> findings(
      @Parameter(hidden = true) @RequestParam Map<String, String> parameters,
      @RequestParam(required = false) String format,
      Principal principal) {
    ReportModels.Request request = models.request(parameters, principal);
    List<FindingView> findings = models.findings(request);
    if (format != null) {
      return exports.findings(format, models.base(request), findings, request.filter());
    }
    return ResponseEntity.ok(Map.of("filter", request.filter(), "findings", findings));
  }

  @Operation(
      summary = "Одно представление сводки таблицей",
      description =
          "view: rules, classes, teachers, subjects, trend, worst-teachers, worst-classes,"
              + " completeness. Столбцы и строки — те же, что в XLSX и CSV."
              + FILTERS)
  @GetMapping("/{view}")
  public ResponseEntity<?> view(
      @PathVariable String view,
      @Parameter(hidden = true) @RequestParam Map<String, String> parameters,
      @RequestParam(required = false) String format,
      Principal principal) {
    ReportModels.Request request = models.request(parameters, principal);
    ReportTable table = models.table(view, request);
    if (format != null) {
      return exports.view(format, view, table, models.base(request));
    }
    return ResponseEntity.ok(table);
  }
}
