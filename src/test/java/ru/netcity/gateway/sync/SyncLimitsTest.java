package ru.netcity.gateway.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.ledger.Ledger;
import ru.netcity.gateway.netcity.Budget;
import ru.netcity.gateway.netcity.HostBudget;
import ru.netcity.gateway.netcity.NetCityConnection;
import ru.netcity.gateway.netcity.NetCityException;
import ru.netcity.gateway.support.TestDatabase;
import ru.netcity.mock.MockNetCity;
import ru.netcity.mock.MockOptions;
import ru.netcity.mock.faults.FaultSpec;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/**
 * A run against an AIS that misbehaves ends, and ends honestly: a report cut mid-table leaves its
 * unit incomplete (never its rows so far), a run past its deadline stops its units and the next run
 * starts normally, and a refused login stops the run after one login.
 */
class SyncLimitsTest {
  private TestDatabase db;

  @BeforeEach
  void open() {
    db = TestDatabase.h2();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aReportPageCutMidTableLeavesItsUnitIncompleteWithoutItsRows() {
    School school = SchoolGenerator.generate(new SchoolOptions(31, 20));
    try (MockNetCity mock = start(school, "cut-reports=1")) {
      SyncOutcome outcome =
          job(mock.baseUrl(), school, Duration.ofHours(5)).run(SyncMode.FULL, SyncProgress.SILENT);

      assertThat(outcome.complete()).isFalse();
      assertThat(outcome.incompleteUnits()).isEqualTo(outcome.summary().unitsTotal()).isPositive();
      assertThat(reasons())
          .allMatch(r -> r.contains("Malformed") && r.contains("ends inside table.table-print"));
      assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM ledger_event", Long.class)).isZero();
    }
  }

  @Test
  void aRunPastItsDeadlineStopsItsUnitsAndTheNextRunStartsNormally() {
    School school = SchoolGenerator.generate(new SchoolOptions(32, 20));
    try (MockNetCity slow = start(school, "slow-reports=20s")) {
      long start = System.nanoTime();

      SyncOutcome stopped =
          job(slow.baseUrl(), school, Duration.ofSeconds(2))
              .run(SyncMode.FULL, SyncProgress.SILENT);

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
      assertThat(stopped.complete()).isFalse();
      assertThat(stopped.incompleteUnits()).isEqualTo(stopped.summary().unitsTotal());
      assertThat(reasons()).anyMatch(r -> r.contains("run-deadline"));
    }
    try (MockNetCity healthy = start(school, "")) {
      SyncOutcome next =
          job(healthy.baseUrl(), school, Duration.ofHours(5))
              .run(SyncMode.FULL, SyncProgress.SILENT);

      assertThat(next.complete()).isTrue();
    }
  }

  @Test
  void aRefusedLoginStopsTheRunAfterOneLoginAndSaysWhy() {
    WireMockServer ais = new WireMockServer(wireMockConfig().dynamicPort());
    ais.start();
    try {
      ais.stubFor(get("/webapi/logindata").willReturn(okJson("{}")));
      ais.stubFor(
          post("/webapi/auth/getdata")
              .willReturn(okJson("{\"lt\":\"1\",\"ver\":\"2\",\"salt\":\"3\"}")));
      ais.stubFor(
          post("/webapi/login")
              .willReturn(
                  aResponse()
                      .withStatus(409)
                      .withBody("{\"message\":\"Неправильный пароль или имя пользователя\"}")));
      School school = SchoolGenerator.generate(new SchoolOptions(33, 20));
      SyncJob job = job("http://127.0.0.1:" + ais.port(), school, Duration.ofHours(5));

      assertThatThrownBy(() -> job.run(SyncMode.FULL, SyncProgress.SILENT))
          .isInstanceOf(NetCityException.BadCredentials.class)
          .hasMessageContaining("refused the login of account 'zavuch'")
          .hasMessageContaining("Неправильный пароль");
      ais.verify(1, postRequestedFor(urlEqualTo("/webapi/login")));

      // the next scheduled run tries once more, once: no storm that locks the account
      assertThatThrownBy(() -> job.run(SyncMode.NIGHTLY, SyncProgress.SILENT))
          .isInstanceOf(NetCityException.BadCredentials.class);
      ais.verify(2, postRequestedFor(urlEqualTo("/webapi/login")));
    } finally {
      ais.stop();
    }
  }

  private static MockNetCity start(School school, String faults) {
    return MockNetCity.start(school, MockOptions.defaults().withFaults(FaultSpec.parse(faults)));
  }

  private SyncJob job(String baseUrl, School school, Duration runDeadline) {
    NetCityConnection connection =
        new NetCityConnection(URI.create(baseUrl), "zavuch", "Завуч2021!", "" + school.id());
    SyncProperties properties =
        new SyncProperties(
            "0 30 2 * * ?",
            SyncContract.PROPERTIES.timeZone(),
            1,
            false,
            14,
            DayOfWeek.SUNDAY,
            4,
            "seda:sync-units",
            runDeadline,
            SyncContract.PROPERTIES.leaseTtl(),
            SyncContract.PROPERTIES.maxAge());
    return new SyncJob(
        () -> connection,
        "mock-netcity",
        Budget.polite().withRate(4, 5000),
        HostBudget.local(Budget.polite().withRate(4, 5000)),
        new Ledger(db.dataSource(), SyncContract.AFTER_THE_YEAR),
        db.dataSource(),
        properties,
        SyncContract.AFTER_THE_YEAR,
        new SyncMetrics(new SimpleMeterRegistry()),
        SyncJob.NO_DASHBOARD);
  }

  private List<String> reasons() {
    return jdbc()
        .queryForList("SELECT reason FROM work_unit WHERE status = 'INCOMPLETE'", String.class);
  }

  private JdbcTemplate jdbc() {
    return new JdbcTemplate(db.dataSource());
  }
}
