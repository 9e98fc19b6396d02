package ru.netcity.gateway.config;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data folder and the database's start: wait for it, then migrate. */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {
  @Bean
  DataFolder dataFolder(GatewayProperties gateway) {
    return new DataFolder(gateway.dataDir());
  }

  /**
   * Flyway opens the first connection of the process: wait there for the database. Depends on the
   * data folder, so the folder exists (owner-only) before H2 creates its file in it.
   */
  @Bean
  FlywayMigrationStrategy waitForTheDatabaseThenMigrate(
      DataFolder dataFolder, DatabaseProperties database) {
    DatabaseWait wait = DatabaseWait.of(database);
    return flyway -> {
      wait.await(flyway.getConfiguration().getDataSource());
      flyway.migrate();
    };
  }
}
