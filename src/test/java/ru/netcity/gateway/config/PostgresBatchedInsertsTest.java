package ru.netcity.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.FileSystemResource;
import ru.netcity.gateway.support.RequiredServices;

/**
 * The pool Spring Boot builds from {@code config/application.yaml} has PostgreSQL's driver rewrite
 * JDBC batches of INSERTs into multi-row INSERTs, whatever URL the operator sets.
 */
class PostgresBatchedInsertsTest {
  private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

  @Test
  void theGatewaysPoolAsksTheDriverToRewriteBatchedInserts() {
    gateway("postgres")
        .run(
            context ->
                assertThat(
                        context
                            .getBean(HikariDataSource.class)
                            .getDataSourceProperties()
                            .getProperty("reWriteBatchedInserts"))
                    .isEqualTo("true"));
  }

  @Test
  void itsPostgresConnectionsRewriteThem() {
    String user = RequiredServices.requirePostgres(URL, "postgres", "root");
    gateway(user)
        .run(
            context -> {
              try (Connection c = context.getBean(DataSource.class).getConnection()) {
                assertThat(
                        c.unwrap(BaseConnection.class)
                            .getQueryExecutor()
                            .isReWriteBatchedInsertsEnabled())
                    .isTrue();
              }
            });
  }

  /** The data source auto-configuration over the gateway's settings, pointed at PostgreSQL. */
  private static ApplicationContextRunner gateway(String user) {
    return new ApplicationContextRunner()
        .withInitializer(
            context -> {
              try {
                new YamlPropertySourceLoader()
                    .load("app", new FileSystemResource("config/application.yaml"))
                    .forEach(context.getEnvironment().getPropertySources()::addLast);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .withPropertyValues("spring.datasource.url=" + URL, "spring.datasource.username=" + user)
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class));
  }
}
