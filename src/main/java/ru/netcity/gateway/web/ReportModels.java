package ru.netcity.gateway.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.netcity.gateway.report.Compliance;
import ru.netcity.gateway.report.ComplianceReport;
import ru.netcity.gateway.report.FindingView;
import ru.netcity.gateway.report.ReportFilter;
import ru.netcity.gateway.report.ReportModel;
import ru.netcity.gateway.report.ReportTable;
import ru.netcity.gateway.report.ReportView;
import ru.netcity.gateway.report.Viewer;
import ru.netcity.gateway.security.Account;
import ru.netcity.gateway.security.Accounts;

/**
 * What the report pages, the API and the exports share: one request's filter, viewer and the
 * counted report, and the model the templates (pages and PDFs) are rendered with.
 */
@Component
class ReportModels {
  private final Compliance compliance;
  private final Accounts accounts;

  ReportModels(Compliance compliance, Accounts accounts) {
    this.compliance = compliance;
    this.accounts = accounts;
  }

  /** One request: who asks and what. */
  record Request(Account account, ReportFilter filter, Viewer viewer) {}

  Request request(Map<String, String> parameters, Principal principal) {
    Account account = accounts.signedIn(principal);
    ReportFilter filter = ReportQuery.filter(parameters);
    return new Request(account, filter, ReportQuery.viewer(account, filter));
  }

  ComplianceReport report(Request r) {
    return compliance
        .report(r.filter(), r.viewer())
        .orElseThrow(
            () ->
                Refused.notFound(
                    "Аудит ещё не проводился: отчёты появятся после первой синхронизации и"
                        + " аудита."));
  }

  List<FindingView> findings(Request r) {
    return compliance
        .findings(r.filter(), r.viewer())
        .orElseThrow(
            () ->
                Refused.notFound(
                    "Аудит ещё не проводился: отчёты появятся после первой синхронизации и"
                        + " аудита."));
  }

  /** One view of the dashboard (not the findings, which are a list) as its table; 404 if none. */
  ReportTable table(String view, Request r) {
    ReportView chosen =
        ReportView.ofPath(view)
            .filter(v -> v != ReportView.FINDINGS)
            .orElseThrow(() -> Refused.notFound("Нет такого отчёта: " + view));
    return chosen.table(report(r));
  }

  List<ReportTable> tables(ComplianceReport report) {
    return ReportView.dashboard().stream().map(v -> v.table(report)).toList();
  }

  /** The model shared by every report page: filters, their choices, the signed-in account. */
  Map<String, Object> base(Request r) {
    return ReportModel.base(r.filter(), r.account(), compliance.choices(r.viewer()));
  }

  Map<String, Object> dashboard(Request r, ComplianceReport report) {
    return ReportModel.dashboard(base(r), report);
  }
}
