package ru.netcity.gateway.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.netcity.Budget;
import ru.netcity.gateway.netcity.NetCityConnection;
import ru.netcity.gateway.sync.SyncJob;
import ru.netcity.gateway.sync.SyncMetrics;
import ru.netcity.gateway.sync.SyncProperties;
import ru.netcity.gateway.sync.SyncStatus;
import ru.netcity.mock.MockNetCity;

/** The sync and its connection: the configured AIS, or the embedded mock when none is set. */
@Configuration(proxyBeanMethods = false)
public class SyncConfiguration {
  /** The mock's demo staff account (public, listed in the README); never a real credential. */
  static final String MOCK_STAFF_LOGIN = "zavuch";

  static final String MOCK_STAFF_PASSWORD = "Завуч2021!";

  /** Lazy: only a sync or a name lookup opens the AIS, so status and listings start without it. */
  @Bean
  @Lazy
  NetCityConnection netCityConnection(NetCityProperties netcity, ObjectProvider<MockNetCity> mock) {
    return netcity
        .connection()
        .or(
            () ->
                java.util.Optional.ofNullable(mock.getIfAvailable())
                    .map(
                        m ->
                            new NetCityConnection(
                                URI.create(m.baseUrl()),
                                MOCK_STAFF_LOGIN,
                                MOCK_STAFF_PASSWORD,
                                Integer.toString(m.school().id()))))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no AIS configured: set NETCITY_BASE_URL, NETCITY_LOGIN, NETCITY_PASSWORD and"
                        + " NETCITY_SCHOOL, or enable gateway.embedded-mock"));
  }

  @Bean
  Budget netCityBudget(NetCityProperties netcity) {
    return netcity.budget().toBudget();
  }

  @Bean
  SyncJob syncJob(
      ObjectProvider<NetCityConnection> connection,
      Budget budget,
      Ledger ledger,
      DataSource dataSource,
      SyncProperties sync,
      Clock clock,
      MeterRegistry registry) {
    return new SyncJob(
        connection::getObject, budget, ledger, dataSource, sync, clock, new SyncMetrics(registry));
  }

  @Bean
  SyncStatus syncStatus(Ledger ledger, DataSource dataSource) {
    return new SyncStatus(ledger, dataSource);
  }
}
