package ru.netcity.gateway.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.netcity.gateway.audit.Severity;

/**
 * The model the report templates are rendered with, for the pages and their PDFs alike (and the
 * benchmark, which renders them without a web server).
 */
public final class ReportModel {
  private ReportModel() {}

  /**
   * What every report page needs: the filters, their choices, the signed-in account.
   *
   * @param account the signed-in account (the page prints its name and role), or null
   */
  public static Map<String, Object> base(
      ReportFilter filter, Object account, Map<String, List<String>> choices) {
    Map<String, Object> model = new HashMap<>();
    model.put("filter", filter);
    model.put("account", account);
    model.put("choices", choices);
    model.put("rules", RuleTexts.all());
    model.put("severities", Severity.values());
    model.put("cells", new Cells());
    model.put("pdf", false);
    return model;
  }

  /** The dashboard's model: the base and the report, with the charts' series. */
  public static Map<String, Object> dashboard(Map<String, Object> base, ComplianceReport report) {
    Map<String, Object> model = new HashMap<>(base);
    model.put("report", report);
    model.put("views", ReportView.dashboard());
    model.put("trendLabels", report.trend().stream().map(ShareRow::name).toList());
    model.put("trendShares", percents(report.trend()));
    model.put("ruleLabels", report.byRule().stream().map(ShareRow::name).toList());
    model.put("ruleShares", percents(report.byRule()));
    return model;
  }

  private static List<Double> percents(List<ShareRow> rows) {
    return rows.stream()
        .map(s -> s.share() == null ? null : Math.round(s.share() * 1000) / 10.0)
        .toList();
  }
}
