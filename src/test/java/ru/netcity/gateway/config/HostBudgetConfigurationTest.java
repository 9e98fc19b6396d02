package ru.netcity.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import ru.netcity.gateway.netcity.Budget;
import ru.netcity.gateway.netcity.SharedHostBudget;

/** netcity.budget.mode: local by default; shared only on PostgreSQL, with a clear start error. */
class HostBudgetConfigurationTest {
  /** Never connected to: the budget opens its connections at the first request. */
  private static final DataSource DATABASE =
      new DriverManagerDataSource("jdbc:postgresql://db.example.ru/gateway");

  private final Budget budget = Budget.polite();

  @Test
  void theDefaultIsTheLocalBudget() throws Exception {
    StandardEnvironment environment = environment(Map.of());

    NetCityProperties netcity = bind(environment);

    assertThat(netcity.budget().mode()).isEqualTo(NetCityProperties.Mode.LOCAL);
    assertThat(new SyncConfiguration().hostBudget(netcity, budget, DATABASE, environment))
        .isNotInstanceOf(SharedHostBudget.class);
  }

  @Test
  void theSharedBudgetOnH2StopsTheStartSayingWhy() throws Exception {
    StandardEnvironment environment = environment(Map.of("netcity.budget.mode", "shared"));

    NetCityProperties netcity = bind(environment);

    assertThatThrownBy(
            () -> new SyncConfiguration().hostBudget(netcity, budget, DATABASE, environment))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("netcity.budget.mode=shared")
        .hasMessageContaining("spring.datasource.url is H2");
  }

  @Test
  void theSharedBudgetOnPostgresqlIsShared() throws Exception {
    StandardEnvironment environment =
        environment(
            Map.of(
                "netcity.budget.mode", "shared",
                "spring.datasource.url", "jdbc:postgresql://db.example.ru/gateway"));

    NetCityProperties netcity = bind(environment);

    assertThat(new SyncConfiguration().hostBudget(netcity, budget, DATABASE, environment))
        .isInstanceOf(SharedHostBudget.class);
  }

  private static StandardEnvironment environment(Map<String, Object> overrides) throws Exception {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("overrides", overrides));
    new YamlPropertySourceLoader()
        .load("app", new FileSystemResource("config/application.yaml"))
        .forEach(environment.getPropertySources()::addLast);
    return environment;
  }

  private static NetCityProperties bind(StandardEnvironment environment) {
    return new Binder(ConfigurationPropertySources.get(environment))
        .bind("netcity", NetCityProperties.class)
        .get();
  }
}
