package ru.netcity.gateway.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.netcity.mock.MockNetCity;
import ru.netcity.mock.MockOptions;
import ru.netcity.mock.school.SchoolOptions;

/**
 * The embedded default: the bundled mock AIS starts with the gateway, so a newcomer runs the main
 * job with no AIS account. This is the only place the gateway knows about mock-netcity.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gateway.embedded-mock.enabled", havingValue = "true")
public class EmbeddedMockConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMockConfiguration.class);

  @Bean(destroyMethod = "close")
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
}
