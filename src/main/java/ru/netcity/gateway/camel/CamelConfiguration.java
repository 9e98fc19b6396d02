package ru.netcity.gateway.camel;

import org.apache.camel.CamelContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import ru.netcity.gateway.archive.sign.TimestampAuthority;
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
}
