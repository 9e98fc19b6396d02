package ru.netcity.mock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.Options;
import java.time.Clock;
import ru.netcity.mock.api.Endpoints;
import ru.netcity.mock.auth.Sessions;
import ru.netcity.mock.faults.Faults;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolHost;
import ru.netcity.mock.server.CaseInsensitivePaths;
import ru.netcity.mock.server.ClasspathStubs;
import ru.netcity.mock.server.NetCityTransformer;
import ru.netcity.mock.server.RequestStats;
import ru.netcity.mock.signalr.HubProtocol;
import ru.netcity.mock.signalr.InMemoryHubContext;
import ru.netcity.mock.signalr.NetCityHttpServerFactory;

/**
 * A running mock AIS: WireMock serving the stubs of {@code mock-netcity/stubs} over the generated
 * school, with the SignalR report hub on the same port. Used by the standalone command, the tests
 * and the gateway's embedded default.
 */
public final class MockNetCity implements AutoCloseable {
  private final WireMockServer server;
  private final SchoolHost host;
  private final MockClock clock;
  private final RequestStats stats;

  private MockNetCity(WireMockServer server, SchoolHost host, MockClock clock, RequestStats stats) {
    this.server = server;
    this.host = host;
    this.clock = clock;
    this.stats = stats;
  }

  /**
   * Generates the default school (the others of {@code --schools N} on their first use, or all at
   * once when the truth is to be written) and serves them.
   */
  public static MockNetCity start(MockOptions options) {
    SchoolHost host = new SchoolHost(options.school(), options.schools(), null);
    if (options.schools() == 1) {
      host.first();
    }
    options.truthOut().ifPresent(path -> TruthFiles.writeTruth(host, options.clock(), path));
    return start(host, options);
  }

  /**
   * Serves an already generated school as the default one, so tests can share one across several
   * servers; the others of {@code options.schools()} are generated from its seed on first use.
   */
  public static MockNetCity start(School school, MockOptions options) {
    return start(new SchoolHost(options.school(), options.schools(), school), options);
  }

  private static MockNetCity start(SchoolHost host, MockOptions options) {
    RequestStats stats = new RequestStats();
    Sessions sessions = new Sessions(Clock.systemUTC());
    MockClock clock = new MockClock(options.clock());
    Faults faults = new Faults(options.faults());
    InMemoryHubContext hub =
        new InMemoryHubContext()
            .setTokenCheck(sessions::alive)
            .setReportDelay(options.faults().reportDelay())
            .setProtocol(HubProtocol.forVersion(options.aisVersion()));
    WireMockServer server =
        new WireMockServer(
            wireMockConfig()
                .bindAddress("127.0.0.1")
                .port(options.port())
                .disableRequestJournal()
                // Answers carry Content-Length, unzipped: LE reads a short (or unsized) HTML
                // answer through node-fetch's clone, which stalls on a page over 16 KB.
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
                .gzipDisabled(true)
                .mappingSource(new ClasspathStubs())
                .extensions(
                    new NetCityHttpServerFactory(hub, stats),
                    new CaseInsensitivePaths(),
                    new NetCityTransformer(
                        Endpoints.of(
                            host, clock, sessions, faults, hub, options.aisVersion(), stats),
                        sessions,
                        faults,
                        stats)));
    server.start();
    return new MockNetCity(server, host, clock, stats);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  public int port() {
    return server.port();
  }

  /** The default (first) school, final; {@code school().at(t)} is the school at a moment. */
  public School school() {
    return host.first();
  }

  /** Every school the host serves ({@code --schools N}), each generated on first use. */
  public SchoolHost schools() {
    return host;
  }

  /** The requests served: the most in flight at once, the total, per school. */
  public RequestStats stats() {
    return stats;
  }

  /** The moment the mock answers as of; moves forward or back at any time. */
  public MockClock clock() {
    return clock;
  }

  @Override
  public void close() {
    server.stop();
  }
}
