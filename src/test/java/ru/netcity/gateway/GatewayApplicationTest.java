package ru.netcity.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.security.AccountException;
import ru.netcity.gateway.security.Accounts;
import ru.netcity.gateway.security.Role;
import ru.netcity.mock.MockNetCity;

/**
 * The embedded default: H2 under the data dir, migrated, and the bundled mock AIS on its own port.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "camel.main.main-run-controller=false",
      "gateway.data-dir=./target/data",
      "gateway.sync.on-start=false"
    })
class GatewayApplicationTest {
  private static final String PASSWORD = "пароль-для-тестов";

  @Autowired MockNetCity embeddedNetCity;
  @Autowired Ledger ledger;
  @Autowired CamelContext camel;
  @Autowired Accounts accounts;
  @LocalServerPort int port;

  @Test
  void healthAndTheSyncMetricsAreServedWithDetailsOnlyToTheAdministrator() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + port + "/actuator";
    try {
      accounts.add("health-admin", Role.ADMINISTRATOR, "Петрова Е. В.", List.of(), PASSWORD);
    } catch (AccountException e) {
      // an earlier run of the test against the same data dir added it
      accounts.passwd("health-admin", PASSWORD);
    }
    String admin =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("health-admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> anonymous =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/health")).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> health =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/health"))
                .header("Authorization", admin)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> units =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/metrics/gateway.sync.units"))
                .header("Authorization", admin)
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.body()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\"", "\"archive\"", "\"sync\"");
    assertThat(units.statusCode()).isEqualTo(200);
    assertThat(units.body()).contains("\"outcome\"");
  }

  @Test
  void theNightlySyncRouteIsScheduledAndTheStartupSyncIsOff() {
    assertThat(camel.getRoute("nightly-sync")).isNotNull();
    assertThat(camel.getRouteController().getRouteStatus("nightly-sync").isStarted()).isTrue();
    assertThat(camel.getRouteController().getRouteStatus("startup-sync").isStarted()).isFalse();
  }

  @Test
  void flywayMigratedTheEmbeddedH2DatabaseForTheLedger() {
    assertThat(ledger.verifyChain(embeddedNetCity.school().id()).intact()).isTrue();
    assertThat(ledger.runs(5)).isNotNull();
  }

  @Test
  void theEmbeddedMockAisServesTheLoginPage() throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(embeddedNetCity.baseUrl() + "/webapi/logindata"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("\"schoolLogin\":true");
  }
}
