package ru.netcity.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;

class NetCityPropertiesTest {
  @Test
  void theEnvironmentVariablesOfTheIssueBindOverTheCommentedDefaults() throws Exception {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(
            new SystemEnvironmentPropertySource(
                "env",
                Map.of(
                    "NETCITY_BASE_URL", "https://sgo.example.ru",
                    "NETCITY_LOGIN", "zavuch",
                    "NETCITY_PASSWORD", "Завуч2021!",
                    "NETCITY_SCHOOL", "ОГБОУ КШИ ТКК")));
    new YamlPropertySourceLoader()
        .load("app", new FileSystemResource("config/application.yaml"))
        .forEach(environment.getPropertySources()::addLast);

    NetCityProperties props =
        new Binder(ConfigurationPropertySources.get(environment))
            .bind("netcity", NetCityProperties.class)
            .get();

    var connection = props.connection().orElseThrow();
    assertThat(connection.baseUrl()).hasToString("https://sgo.example.ru");
    assertThat(connection.school()).isEqualTo("ОГБОУ КШИ ТКК");
    assertThat(props.budget().toBudget().maxConcurrent()).isEqualTo(4);
    assertThat(props.budget().toBudget())
        .isEqualTo(ru.netcity.gateway.netcity.Budget.polite().withRate(4, 10));
    assertThat(props.toString()).doesNotContain("Завуч2021!");
    assertThat(connection.toString()).doesNotContain("Завуч2021!");
  }

  @Test
  void thePasswordMayComeFromASecretFile(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("password"), "Завуч2021!\n");
    NetCityProperties props =
        new Binder(
                new MapConfigurationPropertySource(
                    Map.of(
                        "netcity.base-url", "http://127.0.0.1:1",
                        "netcity.login", "zavuch",
                        "netcity.password-file", secret.toString(),
                        "netcity.school", "1001",
                        "netcity.budget.max-concurrent", "2",
                        "netcity.budget.requests-per-second", "5",
                        "netcity.budget.connect-timeout", "1s",
                        "netcity.budget.read-timeout", "2s",
                        "netcity.budget.report-timeout", "3s",
                        "netcity.budget.keep-alive", "1m")))
            .bind("netcity", NetCityProperties.class)
            .get();

    assertThat(props.connection().orElseThrow().password()).isEqualTo("Завуч2021!");
  }

  @Test
  void plainHttpIsRefusedAtBindingExceptOnLoopback() {
    for (String insecure :
        List.of(
            "http://sgo.example.ru", "http://10.0.0.5:8080", "http://127.example.ru", "ftp://x")) {
      assertThatThrownBy(() -> bind(insecure))
          .as(insecure)
          .isInstanceOf(BindException.class)
          .rootCause()
          .hasMessageContaining("netcity.base-url must be an https:// address")
          .hasMessageContaining(insecure);
    }
    for (String allowed :
        List.of(
            "https://sgo.example.ru",
            "http://127.0.0.1:8089",
            "http://127.1.2.3",
            "http://localhost:8089",
            "http://[::1]:8089")) {
      assertThat(bind(allowed).connection().orElseThrow().baseUrl())
          .as(allowed)
          .hasToString(allowed);
    }
  }

  private static NetCityProperties bind(String baseUrl) {
    return new Binder(
            new MapConfigurationPropertySource(
                Map.of(
                    "netcity.base-url", baseUrl,
                    "netcity.login", "zavuch",
                    "netcity.password", "x",
                    "netcity.school", "1001")))
        .bind("netcity", NetCityProperties.class)
        .get();
  }

  @Test
  void theRecordedOriginIsTheBaseUrlWithoutCaseTrailingSlashOrUserInfo() {
    assertThat(SyncConfiguration.aisOrigin(withBaseUrl("HTTPS://SGO.Example.ru/")))
        .isEqualTo("https://sgo.example.ru");
    assertThat(SyncConfiguration.aisOrigin(withBaseUrl("https://u:p@sgo.example.ru:8443/sgo//")))
        .isEqualTo("https://sgo.example.ru:8443/sgo");
    assertThat(SyncConfiguration.aisOrigin(withBaseUrl(null))).isEqualTo("embedded mock");
  }

  private static NetCityProperties withBaseUrl(String url) {
    return new NetCityProperties(
        url == null ? null : java.net.URI.create(url), null, null, null, null, null);
  }

  @Test
  void withoutABaseUrlThereIsNoConnection() {
    assertThat(new NetCityProperties(null, null, null, null, null, null).connection()).isEmpty();
  }
}
