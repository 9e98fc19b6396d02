package ru.netcity.gateway.config;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.netcity.gateway.audit.AisStudentNames;
import ru.netcity.gateway.audit.AuditJob;
import ru.netcity.gateway.audit.AuditProperties;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.audit.LedgerGate;
import ru.netcity.gateway.audit.StudentNames;
import ru.netcity.gateway.audit.ruleset.RuleSetLoader;
import ru.netcity.gateway.corrections.CorrectionService;
import ru.netcity.gateway.corrections.CorrectionStatus;
import ru.netcity.gateway.ledger.LedgerVerifier;
import ru.netcity.gateway.netcity.Budget;
import ru.netcity.gateway.netcity.HostBudget;
import ru.netcity.gateway.netcity.NetCityConnection;
import ru.netcity.gateway.notify.ParentConsentRule;
import ru.netcity.gateway.notify.ParentService;
import ru.netcity.gateway.sync.SyncProperties;

/** The audits: rule sets from gateway.audit.rules-dir, the school's zone from gateway.sync. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {
  @Bean
  AuditJob auditJob(
      DataSource dataSource,
      AuditProperties audit,
      SyncProperties sync,
      Clock clock,
      CorrectionService corrections,
      LedgerVerifier verifier,
      ParentService parents) {
    // Rule sets are read at each run, so an edited file counts without a restart.
    return new AuditJob(
        dataSource,
        () -> RuleSetLoader.load(audit.rulesDir()),
        sync.timeZone(),
        clock,
        () -> corrections.list(null, null, CorrectionStatus.APPROVED),
        LedgerGate.of(verifier),
        () -> List.of(new ParentConsentRule(() -> parents.list(null))));
  }

  @Bean
  AuditService auditService(AuditJob job, DataSource dataSource) {
    return new AuditService(job, dataSource);
  }

  @Bean
  StudentNames studentNames(
      AuditProperties audit,
      ObjectProvider<NetCityConnection> connection,
      Budget budget,
      HostBudget hostBudget) {
    return audit.studentNamesFromAis()
        ? new AisStudentNames(connection::getObject, budget, hostBudget)
        : StudentNames.NONE;
  }
}
