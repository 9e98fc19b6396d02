package ru.netcity.gateway.config;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.netcity.gateway.ledger.Ledger;

/** The journal ledger on the configured database (H2 under the data dir, or PostgreSQL). */
@Configuration(proxyBeanMethods = false)
public class LedgerConfiguration {
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  Ledger ledger(DataSource dataSource, Clock clock) {
    return new Ledger(dataSource, clock);
  }
}
