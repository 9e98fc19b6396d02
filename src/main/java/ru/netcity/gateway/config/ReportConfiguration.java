package ru.netcity.gateway.config;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.report.Compliance;

/**
 * The compliance reports: counted from the newest audit and the ledger. The service (not the
 * command line) reads a new audit's snapshot in the background within a minute of the audit, so the
 * first dashboard after the nightly audit does not wait for it (seconds for a large school).
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
}
