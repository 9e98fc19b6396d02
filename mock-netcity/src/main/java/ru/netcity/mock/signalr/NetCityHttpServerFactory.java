package ru.netcity.mock.signalr;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import java.time.Duration;
import java.util.Objects;

/**
 * WireMock extension that replaces the default Jetty 12 server by one that also serves the SignalR
 * report hub at {@code /webapi/signalr/queueHub} on the same port as the HTTP stubs. Register it
 * with {@code wireMockConfig().extensions(new NetCityHttpServerFactory(ctx))}.
 */
public final class NetCityHttpServerFactory implements HttpServerFactory {

  private final HubContext ctx;
  private final Duration keepAlive;

  public NetCityHttpServerFactory(HubContext ctx) {
    this(ctx, QueueHub.DEFAULT_KEEP_ALIVE);
  }

  /** With a shorter keep-alive period than the real 15 s, so tests can observe pings. */
  NetCityHttpServerFactory(HubContext ctx, Duration keepAlive) {
    this.ctx = Objects.requireNonNull(ctx, "ctx");
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
    return new NetCityHttpServer(options, adminRequestHandler, stubHandler, ctx, keepAlive);
  }
}
