package ru.netcity.gateway.config;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.ITemplateEngine;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.audit.StudentNames;
import ru.netcity.gateway.report.Certification;
import ru.netcity.gateway.report.Compliance;
import ru.netcity.gateway.report.HtmlPdfDocuments;
import ru.netcity.gateway.report.PdfDocuments;
import ru.netcity.gateway.report.ReportProperties;
import ru.netcity.gateway.report.SummarySheetDocuments;
import ru.netcity.gateway.report.SummarySheets;
import ru.netcity.gateway.report.TermReport;
import ru.netcity.gateway.report.WeeklyReports;
import ru.netcity.gateway.security.Accounts;
import ru.netcity.gateway.sync.SyncProperties;

/**
 * The reports: the compliance views counted from the newest audit and the ledger, and the printed
 * documents (the pages' templates as PDF, certified as gateway.report says, regulation 5.1). The
 * service (not the command line) reads a new audit's snapshot in the background within a minute of
 * the audit, so the first dashboard after the nightly audit does not wait for it (seconds for a
 * large school).
 */
@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(ReportConfiguration.class);

  @Bean
  Compliance compliance(AuditService audits) {
    return new Compliance(audits);
  }

  @Bean(destroyMethod = "shutdownNow")
  @ConditionalOnWebApplication
  ScheduledExecutorService reportRefresh(Compliance compliance) {
    ScheduledExecutorService refresh =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "report-refresh");
              thread.setDaemon(true);
              return thread;
            });
    refresh.scheduleWithFixedDelay(
        () -> {
          try {
            compliance.refresh();
          } catch (RuntimeException e) {
            LOG.warn("report snapshot not read: {}", e.getMessage());
          }
        },
        1,
        1,
        TimeUnit.MINUTES);
    return refresh;
  }

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
