package ru.netcity.gateway.netcity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.support.RequiredServices;
import ru.netcity.gateway.support.TestDatabase;

/**
 * Two replicas, each with a {@link SharedHostBudget} on a pool of its own over one PostgreSQL
 * schema, hit one WireMock AIS from several threads each: the AIS never sees more than
 * max-concurrent at once nor more starts per second than the rate allows, and a replica whose
 * database sessions end (killed) frees its slots for the other. Skipped without PostgreSQL unless
 * {@code it.require-services=true}.
 */
class SharedHostBudgetTest {
  private static final int REPLICAS = 2;

  private TestDatabase db;
  private final List<HikariDataSource> pools = new ArrayList<>();
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @BeforeEach
  void migrate() {
    db = TestDatabase.postgres("budget_it");
  }

  @AfterEach
  void close() throws Exception {
    threads.shutdownNow();
    threads.awaitTermination(10, TimeUnit.SECONDS);
    pools.forEach(HikariDataSource::close);
    if (db != null) {
      db.close();
    }
  }

  @Test
  void theAisNeverSeesMoreThanMaxConcurrentFromBothReplicas() throws Exception {
    Budget budget = Budget.polite().withRate(3, 200);
    try (CountingAis ais = new CountingAis(Duration.ofMillis(100))) {
      long start = System.nanoTime();
      int requests = hitFromEachReplica(ais, budget, 5, 6);
      long took = Duration.ofNanos(System.nanoTime() - start).toMillis();

      assertThat(ais.arrivals()).hasSize(requests);
      assertThat(ais.mostAtOnce()).isLessThanOrEqualTo(3).isGreaterThanOrEqualTo(2);
      System.out.printf(
          "shared slots: %d requests of 100 ms from %d replicas, 3 at once: %d ms (limit %d ms),"
              + " at most %d at once%n",
          requests, REPLICAS, took, requests * 100 / 3, ais.mostAtOnce());
    }
  }

  @Test
  void theAisSeesNoMoreStartsPerSecondThanTheRateFromBothReplicas() throws Exception {
    Budget budget = Budget.polite().withRate(8, 10);
    int burst = (int) HostRate.burst(10);
    try (CountingAis ais = new CountingAis(Duration.ofMillis(10))) {
      int requests = hitFromEachReplica(ais, budget, 4, 6);

      List<Long> starts = ais.arrivals();
      assertThat(starts).hasSize(requests);
      // any one second: the burst, then 10 a second (one more at the window's edge)
      assertThat(ais.mostArrivalsWithin(Duration.ofSeconds(1))).isLessThanOrEqualTo(burst + 10 + 1);
      // all of them: after the burst, one start every 100 ms at the most
      Duration span = Duration.ofNanos(starts.get(starts.size() - 1) - starts.get(0));
      assertThat(span).isGreaterThanOrEqualTo(Duration.ofMillis((requests - burst - 1) * 100 - 50));
      System.out.printf(
          "shared rate: %d starts from %d replicas in %d ms (%.1f/s), at most %d in 1 s%n",
          requests,
          REPLICAS,
          span.toMillis(),
          (requests - 1) * 1000.0 / span.toMillis(),
          ais.mostArrivalsWithin(Duration.ofSeconds(1)));
    }
  }

  @Test
  void aKilledReplicasSlotsGoToTheOther() throws Exception {
    Budget budget = Budget.polite().withRate(2, Budget.UNLIMITED_RATE);
    String killed = "budget-killed-" + UUID.randomUUID();
    SharedHostBudget dying = new SharedHostBudget(pool(killed), budget, Duration.ofSeconds(5));
    SharedHostBudget survivor =
        new SharedHostBudget(pool("budget-survivor"), budget, Duration.ofMillis(500));
    String host = "ais-" + UUID.randomUUID() + ":443";

    HostBudget.Permit first = dying.acquire(host);
    HostBudget.Permit second = dying.acquire(host);
    assertThatThrownBy(() -> survivor.acquire(host))
        .isInstanceOf(NetCityException.class)
        .hasMessageContaining("stayed busy");

    assertThat(terminateSessionsOf(killed)).isGreaterThanOrEqualTo(2);

    List<HostBudget.Permit> taken = List.of(survivor.acquire(host), survivor.acquire(host));
    assertThatThrownBy(() -> survivor.acquire(host)).isInstanceOf(NetCityException.class);
    // the dead replica's releases fail quietly; its slots are not given back twice
    first.release();
    second.release();
    assertThatThrownBy(() -> survivor.acquire(host)).isInstanceOf(NetCityException.class);
    taken.forEach(HostBudget.Permit::release);
    survivor.acquire(host).release();
  }

  /** Each replica's {@code perReplica} threads send {@code each} requests; returns the total. */
  private int hitFromEachReplica(CountingAis ais, Budget budget, int perReplica, int each)
      throws Exception {
    List<Future<?>> done = new ArrayList<>();
    for (int r = 0; r < REPLICAS; r++) {
      HostBudget shared = new SharedHostBudget(pool("budget-" + r), budget, Duration.ofSeconds(30));
      for (int t = 0; t < perReplica; t++) {
        NetCityHttp http = new NetCityHttp(ais.origin(), budget, shared);
        done.add(
            threads.submit(
                () -> {
                  for (int i = 0; i < each; i++) {
                    assertThat(http.get("ping").status()).isEqualTo(200);
                  }
                  return null;
                }));
      }
    }
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    return REPLICAS * perReplica * each;
  }

  /** A replica's own pool on the test schema, named in pg_stat_activity. */
  private HikariDataSource pool(String name) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(db.jdbcUrl() + "&ApplicationName=" + name);
    pool.setUsername(user());
    pool.setMaximumPoolSize(10);
    pool.setMinimumIdle(1);
    pools.add(pool);
    return pool;
  }

  private static String user() {
    return RequiredServices.requirePostgres(
        "jdbc:postgresql://127.0.0.1:5432/test", "postgres", "root");
  }

  /**
   * Ends every session of the named replica as a crash would: their pids first, then
   * pg_terminate_backend on each (one statement could end sessions its filter had not yet seen).
   */
  private int terminateSessionsOf(String name) throws Exception {
    try (HikariDataSource admin = new HikariDataSource()) {
      admin.setJdbcUrl(db.jdbcUrl());
      admin.setUsername(user());
      try (Connection c = admin.getConnection()) {
        List<Integer> pids = new ArrayList<>();
        try (PreparedStatement find =
            c.prepareStatement("SELECT pid FROM pg_stat_activity WHERE application_name = ?")) {
          find.setString(1, name);
          try (ResultSet rs = find.executeQuery()) {
            while (rs.next()) {
              pids.add(rs.getInt(1));
            }
          }
        }
        try (PreparedStatement kill = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
          for (int pid : pids) {
            kill.setInt(1, pid);
            kill.executeQuery().close();
          }
        }
        return pids.size();
      }
    }
  }
}
