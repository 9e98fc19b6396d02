package ru.netcity.gateway.config;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.netcity.gateway.corrections.CorrectionService;
import ru.netcity.gateway.corrections.RegisterPrinter;
import ru.netcity.gateway.sync.SyncProperties;

/** The correction register on the gateway's database; dates in the school's time zone. */
@Configuration(proxyBeanMethods = false)
public class CorrectionConfiguration {
  @Bean
  CorrectionService correctionService(DataSource dataSource, Clock clock, SyncProperties sync) {
    return new CorrectionService(dataSource, clock, sync.timeZone());
  }

  @Bean
  RegisterPrinter registerPrinter(SyncProperties sync) {
    return new RegisterPrinter(sync.timeZone());
  }
}
