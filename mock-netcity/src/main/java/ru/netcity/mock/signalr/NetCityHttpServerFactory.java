package ru.netcity.mock.signalr;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import java.time.Duration;
import java.util.Objects;
import ru.netcity.mock.server.RequestStats;

/**
 * WireMock extension that replaces the default Jetty 12 server by one that also serves the SignalR
 * report hub at {@code /webapi/signalr/queueHub} on the same port as the HTTP stubs. Register it
 * with {@code wireMockConfig().extensions(new NetCityHttpServerFactory(ctx))}.
 */
public final class NetCityHttpServerFactory implements HttpServerFactory {

  private final HubContext ctx;
  private final Duration keepAlive;
  private final RequestStats stats;

  public NetCityHttpServerFactory(HubContext ctx) {
    this(ctx, new RequestStats());
  }

  /** Counting the requests into {@code stats} ({@code GET /__mock/stats}). */
  public NetCityHttpServerFactory(HubContext ctx, RequestStats stats) {
    this(ctx, QueueHub.DEFAULT_KEEP_ALIVE, stats);
  }

  /** With a shorter keep-alive period than the real 15 s, so tests can observe pings. */
  NetCityHttpServerFactory(HubContext ctx, Duration keepAlive) {
    this(ctx, keepAlive, new RequestStats());
  }

  private NetCityHttpServerFactory(HubContext ctx, Duration keepAlive, RequestStats stats) {
    this.ctx = Objects.requireNonNull(ctx, "ctx");
    this.stats = Objects.requireNonNull(stats, "stats");
    if (keepAlive.isNegative() || keepAlive.isZero()) {
      throw new IllegalArgumentException("keepAlive must be positive: " + keepAlive);
    }
    this.keepAlive = keepAlive;
  }

  @Override
  public String getName() {
    return "netcity-signalr-http-server";
  }

  @Override
  public HttpServer buildHttpServer(
      Options options, AdminRequestHandler adminRequestHandler, StubRequestHandler stubHandler) {
    return new NetCityHttpServer(options, adminRequestHandler, stubHandler, ctx, keepAlive, stats);
  }
}
