package ru.netcity.gateway.config;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.netcity.gateway.audit.AuditProperties;
import ru.netcity.gateway.audit.StudentNames;
import ru.netcity.gateway.audit.ruleset.RuleSetLoader;
import ru.netcity.gateway.notify.ClassDigests;
import ru.netcity.gateway.notify.Consents;
import ru.netcity.gateway.notify.HeldRuns;
import ru.netcity.gateway.notify.NotifyEventsProperties;
import ru.netcity.gateway.notify.OutboxWriter;
import ru.netcity.gateway.notify.ParentService;
import ru.netcity.gateway.notify.Templates;
import ru.netcity.gateway.security.Accounts;
import ru.netcity.gateway.sync.SyncProperties;

/** The parents' register and consents on the gateway's database; days in the school's zone. */
@Configuration(proxyBeanMethods = false)
public class NotifyConfiguration {
  @Bean
  ParentService parentService(
      DataSource dataSource, Clock clock, SyncProperties sync, StudentNames names) {
    return new ParentService(dataSource, clock, sync.timeZone(), names);
  }

  @Bean
  Consents consents(DataSource dataSource) {
    return new Consents(dataSource);
  }

  /** The school's message templates; a missing or broken one stops the start. */
  @Bean
  Templates templates(NotifyEventsProperties events) {
    return new Templates(events.templates());
  }

  /** Fills the outbox in each unit's ledger transaction (the ledger's change listener). */
  @Bean
  OutboxWriter outboxWriter(
      DataSource dataSource,
      NotifyEventsProperties events,
      SyncProperties sync,
      Templates templates,
      AuditProperties audit) {
    // Rule sets are read when a forecast is due, so an edited file counts without a restart.
    return new OutboxWriter(
        dataSource, events, sync.timeZone(), templates, () -> RuleSetLoader.load(audit.rulesDir()));
  }

  /** The class teachers' daily digests (route class-digest), stored: users have no e-mail yet. */
  @Bean
  ClassDigests classDigests(
      DataSource dataSource, Accounts accounts, Clock clock, SyncProperties sync) {
    return new ClassDigests(dataSource, accounts::list, clock, sync.timeZone());
  }

  @Bean
  HeldRuns heldRuns(DataSource dataSource, Clock clock) {
    return new HeldRuns(dataSource, clock);
  }
}
