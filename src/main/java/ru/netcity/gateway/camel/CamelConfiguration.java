package ru.netcity.gateway.camel;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.springframework.amqp.support.converter.DefaultJackson2JavaTypeMapper;
import org.springframework.amqp.support.converter.Jackson2JsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import ru.netcity.gateway.archive.sign.TimestampAuthority;
import ru.netcity.gateway.notify.ChannelTokens;
import ru.netcity.gateway.notify.ComplaintDesk;
import ru.netcity.gateway.notify.NotifyProperties;
import ru.netcity.gateway.notify.Transport;
import ru.netcity.gateway.report.ReportProperties;

/** Beans that reach the outside through Camel routes. */
@Configuration(proxyBeanMethods = false)
public class CamelConfiguration {
  /** Used only when gateway.archive.signing.tsa-url is set. */
  @Bean
  @Lazy
  TimestampAuthority timestampAuthority(CamelContext camel) {
    return new CamelTimestampAuthority(camel);
  }

  /** The weekly reports' mails as camel-mail sends them (routes/weekly-reports). */
  @Bean
  ReportMailMessages reportMailMessages(ReportProperties report) {
    return new ReportMailMessages(report.mail());
  }

  /** The notification channels' HTTP and SMTP wire (routes notify-http, notify-email). */
  @Bean
  Transport notifyTransport(CamelContext camel) {
    return new CamelTransport(camel);
  }

  /**
   * The units as JSON on RabbitMQ (the cluster profile's gateway.sync.units-uri); only the sync's
   * messages are read back from it.
   */
  @Bean
  MessageConverter syncUnitJson(ObjectMapper json) {
    Jackson2JsonMessageConverter converter = new Jackson2JsonMessageConverter(json);
    DefaultJackson2JavaTypeMapper types = new DefaultJackson2JavaTypeMapper();
    types.setTrustedPackages("ru.netcity.gateway.sync", "ru.netcity.gateway.domain");
    converter.setJavaTypeMapper(types);
    return converter;
  }

  /** The route notify-email-replies hands each mail read over IMAP to it. */
  @Bean
  EmailReplies emailReplies(ComplaintDesk desk) {
    return new EmailReplies(desk);
  }

  /** The replies' mailbox account; the route reads it only when IMAP is enabled. */
  @Bean
  @Lazy
  ImapAuthenticator notifyImapAuthenticator(NotifyProperties notify, ChannelTokens tokens) {
    return new ImapAuthenticator(notify.email().imap().username(), tokens.imapPassword());
  }
}
