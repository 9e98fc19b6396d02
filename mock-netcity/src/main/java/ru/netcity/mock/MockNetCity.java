package ru.netcity.mock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.Options;
import java.time.Clock;
import ru.netcity.mock.api.Endpoints;
import ru.netcity.mock.auth.Sessions;
import ru.netcity.mock.faults.Faults;
import ru.netcity.mock.school.GroundTruth;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.server.CaseInsensitivePaths;
import ru.netcity.mock.server.ClasspathStubs;
import ru.netcity.mock.server.NetCityTransformer;
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
  private final School school;
  private final MockClock clock;

  private MockNetCity(WireMockServer server, School school, MockClock clock) {
    this.server = server;
    this.school = school;
    this.clock = clock;
  }

  public static MockNetCity start(MockOptions options) {
    School school = SchoolGenerator.generate(options.school());
    options
        .truthOut()
        .ifPresent(
            path ->
                options
                    .clock()
                    .ifPresentOrElse(
                        at -> GroundTruth.write(school, at, path),
                        () -> GroundTruth.write(school, path)));
    return start(school, options);
  }

  /** Serves an already generated school, so tests can share one across several servers. */
  public static MockNetCity start(School school, MockOptions options) {
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
                    new NetCityHttpServerFactory(hub),
                    new CaseInsensitivePaths(),
                    new NetCityTransformer(
                        Endpoints.of(
                            school.base(), clock, sessions, faults, hub, options.aisVersion()),
                        sessions,
                        faults)));
    server.start();
    return new MockNetCity(server, school.base(), clock);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  public int port() {
    return server.port();
  }

  /** The final school; {@code school().at(t)} is the school at a moment. */
  public School school() {
    return school;
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
