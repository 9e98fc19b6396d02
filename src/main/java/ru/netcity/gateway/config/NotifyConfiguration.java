package ru.netcity.gateway.config;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.netcity.gateway.audit.StudentNames;
import ru.netcity.gateway.notify.Consents;
import ru.netcity.gateway.notify.ParentService;
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
}
