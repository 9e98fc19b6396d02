package ru.netcity.gateway.config;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.netcity.gateway.ledger.Anchors;
import ru.netcity.gateway.ledger.ChangeListener;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.ledger.LedgerHealth;
import ru.netcity.gateway.ledger.LedgerProperties;
import ru.netcity.gateway.ledger.LedgerVerifier;

/**
 * The journal ledger on the configured database (H2 under the data dir, or PostgreSQL), its
 * verification and the anchor file outside the data dir.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerConfiguration {
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** Refuses to start with the anchor file inside the data dir. */
  @Bean
  Anchors anchors(LedgerProperties ledger, GatewayProperties gateway, Clock clock) {
    return new Anchors(ledger.anchorFileOutside(gateway.dataDir()), clock);
  }

  /** Tells the notification outbox of every unit's changes, in the unit's transaction. */
  @Bean
  Ledger ledger(DataSource dataSource, Clock clock, Anchors anchors, ChangeListener outbox) {
    return new Ledger(dataSource, clock, anchors, outbox);
  }

  @Bean
  LedgerVerifier ledgerVerifier(
      DataSource dataSource, Anchors anchors, Clock clock, LedgerProperties ledger) {
    return new LedgerVerifier(dataSource, anchors, clock, ledger.wholeCheckEvery());
  }

  @Bean
  LedgerHealth ledgerHealthIndicator(LedgerVerifier verifier) {
    return new LedgerHealth(verifier);
  }

  /** The V9 migration grants the gateway's own PostgreSQL role (gateway.ledger.database-role). */
  @Bean
  FlywayConfigurationCustomizer gatewayRolePlaceholder(LedgerProperties ledger) {
    return flyway -> {
      java.util.Map<String, String> placeholders =
          new java.util.HashMap<>(flyway.getPlaceholders());
      placeholders.put("gateway_role", ledger.databaseRole());
      flyway.placeholders(placeholders);
    };
  }
}
