package ru.netcity.gateway.config;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import ru.netcity.gateway.audit.AuditProperties;
import ru.netcity.gateway.audit.StudentNames;
import ru.netcity.gateway.audit.ruleset.RuleSetLoader;
import ru.netcity.gateway.notify.BotInbox;
import ru.netcity.gateway.notify.ChannelTokens;
import ru.netcity.gateway.notify.ClassDigestMails;
import ru.netcity.gateway.notify.ClassDigests;
import ru.netcity.gateway.notify.ComplaintDesk;
import ru.netcity.gateway.notify.Consents;
import ru.netcity.gateway.notify.DispatchStatus;
import ru.netcity.gateway.notify.Dispatcher;
import ru.netcity.gateway.notify.HeldRuns;
import ru.netcity.gateway.notify.NotifyEventsProperties;
import ru.netcity.gateway.notify.NotifyProperties;
import ru.netcity.gateway.notify.Outbox;
import ru.netcity.gateway.notify.OutboxWriter;
import ru.netcity.gateway.notify.ParentService;
import ru.netcity.gateway.notify.StartLinks;
import ru.netcity.gateway.notify.TeacherMessages;
import ru.netcity.gateway.notify.Templates;
import ru.netcity.gateway.notify.Transport;
import ru.netcity.gateway.report.ReportProperties;
import ru.netcity.gateway.security.Accounts;
import ru.netcity.gateway.sync.SyncProperties;

/**
 * The parents' register and consents, the outbox's dispatch over the channels, the complaints desk;
 * on the gateway's database, days in the school's zone. Channel tokens are read lazily: only an
 * enabled channel needs one.
 */
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

  /** The class teachers' daily digests (route class-digest), made and stored. */
  @Bean
  ClassDigests classDigests(
      DataSource dataSource,
      Accounts accounts,
      Templates templates,
      Clock clock,
      SyncProperties sync) {
    return new ClassDigests(dataSource, accounts::list, templates, clock, sync.timeZone());
  }

  /** The digests mailed by the route class-digest over the weekly reports' SMTP settings. */
  @Bean
  ClassDigestMails classDigestMails(
      DataSource dataSource,
      Accounts accounts,
      ReportProperties report,
      Clock clock,
      SyncProperties sync) {
    return new ClassDigestMails(
        dataSource, accounts::list, report.mail().enabled(), clock, sync.timeZone());
  }

  @Bean
  HeldRuns heldRuns(DataSource dataSource, Clock clock) {
    return new HeldRuns(dataSource, clock);
  }

  @Bean
  Outbox outbox(DataSource dataSource) {
    return new Outbox(dataSource);
  }

  @Bean
  @Lazy
  ChannelTokens channelTokens(NotifyProperties notify) {
    return new ChannelTokens(
        token(notify.telegram(), "telegram", true),
        token(notify.max(), "max", true),
        token(notify.sms(), "sms", false),
        notify.email().imap().enabled()
            ? Secrets.of(
                notify.email().imap().password(),
                notify.email().imap().passwordFile(),
                "GATEWAY_NOTIFY_EMAIL_IMAP_PASSWORD",
                "gateway.notify.email.imap.password-file",
                "set GATEWAY_NOTIFY_EMAIL_IMAP_PASSWORD or gateway.notify.email.imap.password-file")
            : null);
  }

  @Bean(destroyMethod = "close")
  @Lazy
  Dispatcher notifyDispatcher(
      Outbox outbox,
      Consents consents,
      NotifyProperties notify,
      ChannelTokens tokens,
      Transport transport,
      Clock clock,
      SyncProperties sync) {
    return new Dispatcher(outbox, consents, notify, tokens, transport, clock, sync.timeZone());
  }

  @Bean
  DispatchStatus dispatchStatus(DataSource dataSource, Clock clock) {
    return new DispatchStatus(dataSource, clock);
  }

  @Bean
  ComplaintDesk complaintDesk(
      DataSource dataSource, Outbox outbox, Clock clock, SyncProperties sync) {
    return new ComplaintDesk(dataSource, outbox, clock, sync.timeZone());
  }

  @Bean
  StartLinks startLinks(
      DataSource dataSource,
      NotifyProperties notify,
      Consents consents,
      Clock clock,
      SyncProperties sync) {
    return new StartLinks(dataSource, notify.link(), consents, clock, sync.timeZone());
  }

  @Bean
  @Lazy
  BotInbox notifyInbox(
      NotifyProperties notify,
      ChannelTokens tokens,
      Transport transport,
      ComplaintDesk desk,
      StartLinks links,
      DataSource dataSource) {
    return new BotInbox(notify, tokens, transport, desk, links, dataSource);
  }

  @Bean
  TeacherMessages teacherMessages(
      DataSource dataSource, Outbox outbox, Clock clock, SyncProperties sync) {
    return new TeacherMessages(dataSource, outbox, clock, sync.timeZone());
  }

  /** The token of an enabled bot channel; null for a channel that is off (or needs none). */
  private static String token(NotifyProperties.Bot bot, String name, boolean required) {
    if (!bot.enabled()) {
      return null;
    }
    String env = "GATEWAY_NOTIFY_" + name.toUpperCase(java.util.Locale.ROOT) + "_TOKEN";
    if (!required && (bot.token() == null || bot.token().isEmpty()) && bot.tokenFile() == null) {
      return null;
    }
    return Secrets.of(
        bot.token(),
        bot.tokenFile(),
        env,
        "gateway.notify." + name + ".token-file",
        "set " + env + " or gateway.notify." + name + ".token-file for the " + name + " channel");
  }
}
