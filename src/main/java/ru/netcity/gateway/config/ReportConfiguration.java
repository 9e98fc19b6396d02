package ru.netcity.gateway.config;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.ITemplateEngine;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.audit.StudentNames;
import ru.netcity.gateway.report.Certification;
import ru.netcity.gateway.report.HtmlPdfDocuments;
import ru.netcity.gateway.report.PdfDocuments;
import ru.netcity.gateway.report.ReportProperties;
import ru.netcity.gateway.report.SummarySheetDocuments;
import ru.netcity.gateway.report.SummarySheets;
import ru.netcity.gateway.report.TermReport;
import ru.netcity.gateway.report.WeeklyReports;
import ru.netcity.gateway.security.Accounts;
import ru.netcity.gateway.sync.SyncProperties;

/** The printed documents: the pages' templates as PDF, certified as gateway.report says (5.1). */
@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {
  @Bean
  PdfDocuments pdfDocuments(
      ITemplateEngine templates, ReportProperties report, Clock clock, SyncProperties sync) {
    return new HtmlPdfDocuments(templates, () -> Certification.of(report, clock, sync.timeZone()));
  }

  @Bean
  SummarySheetDocuments summarySheetDocuments(
      DataSource dataSource, StudentNames names, PdfDocuments pdf) {
    return new SummarySheetDocuments(new SummarySheets(dataSource, names), pdf);
  }

  @Bean
  TermReport termReport(DataSource dataSource) {
    return new TermReport(dataSource);
  }

  @Bean
  WeeklyReports weeklyReports(
      DataSource dataSource,
      AuditService audits,
      Accounts accounts,
      PdfDocuments pdf,
      Clock clock,
      SyncProperties sync) {
    return new WeeklyReports(dataSource, audits, accounts, pdf, clock, sync.timeZone());
  }
}
