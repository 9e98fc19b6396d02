package ru.netcity.gateway.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.report.Compliance;

/** The compliance reports: counted from the newest audit and the ledger. */
@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {
  @Bean
  Compliance compliance(AuditService audits) {
    return new Compliance(audits);
  }
}
