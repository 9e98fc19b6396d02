package ru.netcity.gateway.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.netcity.Budget;
import ru.netcity.gateway.netcity.HostBudget;
import ru.netcity.gateway.netcity.NetCityConnection;
import ru.netcity.gateway.netcity.SharedHostBudget;
import ru.netcity.gateway.sync.SyncBarrier;
import ru.netcity.gateway.sync.SyncHealth;
import ru.netcity.gateway.sync.SyncJob;
import ru.netcity.gateway.sync.SyncMetrics;
import ru.netcity.gateway.sync.SyncPlanner;
import ru.netcity.gateway.sync.SyncProperties;
import ru.netcity.gateway.sync.SyncRuns;
import ru.netcity.gateway.sync.SyncStatus;
import ru.netcity.gateway.sync.SyncUnits;
import ru.netcity.gateway.web.DashboardAddress;
import ru.netcity.mock.MockNetCity;

/** The sync and its connection: the configured AIS, or the embedded mock when none is set. */
@Configuration(proxyBeanMethods = false)
public class SyncConfiguration {
  /** The mock's demo staff account (public, listed in the README); never a real credential. */
  static final String MOCK_STAFF_LOGIN = "zavuch";

  static final String MOCK_STAFF_PASSWORD = "Завуч2021!";

  /** The origin the ledger records for schools of the embedded mock (V10 school_origin). */
  static final String EMBEDDED_MOCK_ORIGIN = "embedded mock";

  /**
   * Lazy: only a sync or a name lookup opens the AIS, so status and listings start without it. The
   * embedded mock is not started when the ledger holds a school of a real AIS.
   */
  @Bean
  @Lazy
  NetCityConnection netCityConnection(
      NetCityProperties netcity, ObjectProvider<MockNetCity> mock, Ledger ledger) {
    return netcity
        .connection()
        .or(
            () ->
                Optional.ofNullable(requireNoRealAis(ledger) ? mock.getIfAvailable() : null)
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

  /**
   * The configured politeness towards the AIS host; the embedded mock runs in this process, so its
   * requests are not spaced out (the in-flight limit stays) unless gateway.embedded-mock.polite.
   */
  @Bean
  Budget netCityBudget(NetCityProperties netcity, GatewayProperties gateway) {
    Budget configured = netcity.budget().toBudget();
    return netcity.connection().isPresent() || gateway.embeddedMock().polite()
        ? configured
        : configured.withRate(configured.maxConcurrent(), Budget.UNLIMITED_RATE);
  }

  /**
   * Where the budget is kept: in this process, or (netcity.budget.mode: shared) in the PostgreSQL
   * database for all replicas together.
   */
  @Bean
  HostBudget hostBudget(
      NetCityProperties netcity, Budget budget, DataSource dataSource, Environment environment) {
    if (netcity.budget().mode() == NetCityProperties.Mode.LOCAL) {
      return HostBudget.local(budget);
    }
    String url = environment.getProperty("spring.datasource.url", "");
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalStateException(
          "netcity.budget.mode=shared keeps the request budget in PostgreSQL, but"
              + " spring.datasource.url is "
              + (url.startsWith("jdbc:h2:") ? "H2" : "'" + url.replaceAll("[?;].*", "") + "'")
              + ": set SPRING_DATASOURCE_URL to the replicas' PostgreSQL database, or use"
              + " netcity.budget.mode=local on one machine");
    }
    return new SharedHostBudget(dataSource, budget, netcity.budget().maxWait());
  }

  /**
   * The origin a sync records for its school: the configured AIS's URL (scheme, host and port in
   * lower case, then the path without a trailing slash; never a user or password of the URL) or
   * {@value #EMBEDDED_MOCK_ORIGIN}.
   */
  static String aisOrigin(NetCityProperties netcity) {
    if (netcity.baseUrl() == null || netcity.baseUrl().toString().isBlank()) {
      return EMBEDDED_MOCK_ORIGIN;
    }
    URI url = netcity.baseUrl().normalize();
    String port = url.getPort() < 0 ? "" : ":" + url.getPort();
    String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
    return (url.getScheme() + "://" + url.getHost()).toLowerCase(Locale.ROOT) + port + path;
  }

  /** Refuses to start the embedded mock over a ledger that holds a school of a real AIS. */
  private static boolean requireNoRealAis(Ledger ledger) {
    Map<Integer, String> real = new TreeMap<>(ledger.origins());
    real.values().removeIf(EMBEDDED_MOCK_ORIGIN::equals);
    if (!real.isEmpty()) {
      throw new IllegalStateException(
          "no AIS configured, and the embedded mock is not started: this ledger holds schools of"
              + " a real AIS "
              + real
              + ", where a generated school must not be written. Set NETCITY_BASE_URL,"
              + " NETCITY_LOGIN, NETCITY_PASSWORD and NETCITY_SCHOOL (or, for a data folder of"
              + " the embedded demo made before origins were recorded, delete it to start the"
              + " demo afresh)");
    }
    return true;
  }

  /** The runs planned here whose barrier has not closed; closed with the application. */
  @Bean
  SyncRuns syncRuns() {
    return new SyncRuns();
  }

  @Bean
  SyncMetrics syncMetrics(MeterRegistry registry) {
    return new SyncMetrics(registry);
  }

  /** The route nightly-sync's (and startup-sync's) first step. */
  @Bean
  SyncPlanner syncPlanner(
      NetCityProperties netcity,
      ObjectProvider<NetCityConnection> connection,
      Budget budget,
      HostBudget hostBudget,
      Ledger ledger,
      DataSource dataSource,
      SyncProperties sync,
      Clock clock,
      SyncMetrics metrics,
      SyncRuns runs,
      ObjectProvider<DashboardAddress> dashboard) {
    return new SyncPlanner(
        connection::getObject,
        aisOrigin(netcity),
        budget,
        hostBudget,
        ledger,
        dataSource,
        sync,
        clock,
        metrics,
        runs,
        () -> Optional.ofNullable(dashboard.getIfAvailable()).flatMap(DashboardAddress::url));
  }

  /** The route sync-unit's steps. */
  @Bean
  SyncUnits syncUnits(SyncRuns runs, Ledger ledger, DataSource dataSource) {
    return new SyncUnits(runs, ledger, dataSource);
  }

  /** The route sync-barrier's step. */
  @Bean
  SyncBarrier syncBarrier(SyncRuns runs, Ledger ledger, SyncMetrics metrics) {
    return new SyncBarrier(runs, ledger, metrics);
  }

  /** {@code sync --once}: the same steps in the command's thread. */
  @Bean
  SyncJob syncJob(
      SyncPlanner planner,
      SyncUnits units,
      SyncBarrier barrier,
      SyncRuns runs,
      SyncProperties sync) {
    return new SyncJob(planner, units, barrier, runs, sync);
  }

  /** The health check {@code sync}: DOWN when the last complete run is older than max-age. */
  @Bean
  SyncHealth syncHealthIndicator(Ledger ledger, Clock clock, SyncProperties sync) {
    return new SyncHealth(ledger, clock, sync.maxAge());
  }

  @Bean
  SyncStatus syncStatus(Ledger ledger, DataSource dataSource) {
    return new SyncStatus(ledger, dataSource);
  }
}
