package ru.netcity.gateway.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.type.AnnotatedTypeMetadata;
import ru.netcity.mock.MockNetCity;
import ru.netcity.mock.MockOptions;
import ru.netcity.mock.school.SchoolOptions;

/**
 * The embedded default: the bundled mock AIS, for a newcomer who runs the main job with no AIS
 * account. This is the only place the gateway knows about mock-netcity. It exists only when it is
 * enabled and no AIS is configured ({@code netcity.base-url} empty), and starts only when a sync
 * (or a name lookup) first needs it: {@link SyncConfiguration} does not ask for it when the ledger
 * holds a school of a real AIS.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMockConfiguration.NoAisConfigured.class)
public class EmbeddedMockConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMockConfiguration.class);

  @Bean(destroyMethod = "close")
  @Lazy
  MockNetCity embeddedNetCity(GatewayProperties properties) {
    var settings = properties.embeddedMock();
    MockNetCity mock =
        MockNetCity.start(
            MockOptions.defaults()
                .withPort(settings.port())
                .withSchool(new SchoolOptions(settings.seed(), settings.students())));
    LOG.info("embedded mock-netcity serves school {} on {}", mock.school().id(), mock.baseUrl());
    return mock;
  }

  /** gateway.embedded-mock.enabled=true and netcity.base-url empty. */
  static final class NoAisConfigured extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(
        ConditionContext context, AnnotatedTypeMetadata metadata) {
      var env = context.getEnvironment();
      boolean enabled = env.getProperty("gateway.embedded-mock.enabled", Boolean.class, false);
      String baseUrl = env.getProperty("netcity.base-url", "");
      if (!enabled) {
        return ConditionOutcome.noMatch("gateway.embedded-mock.enabled is not true");
      }
      return baseUrl.isBlank()
          ? ConditionOutcome.match("embedded mock enabled and no AIS configured")
          : ConditionOutcome.noMatch("netcity.base-url names an AIS");
    }
  }
}
