package ru.netcity.mock.signalr;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty12.Jetty12HttpServer;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.server.config.JettyWebSocketServletContainerInitializer;
import ru.netcity.mock.server.RequestStats;

/**
 * WireMock's Jetty 12 server with the report hub and its negotiate endpoint in the stub context.
 */
final class NetCityHttpServer extends Jetty12HttpServer {

  /**
   * Case-insensitive regex: clients write {@code WebApi/signalr/…}; servers 5.29–5.31 had the hub
   * at {@code /webapi/queueHub}. The "regex|" prefix is understood by the WebSocket mappings only.
   */
  static final String HUB_PATH_SPEC = "regex|(?i)^/webapi/(?:signalr/)?queuehub/?$";

  private final QueueHub hub;

  NetCityHttpServer(
      Options options,
      AdminRequestHandler admin,
      StubRequestHandler stubs,
      HubContext ctx,
      Duration keepAlive,
      RequestStats stats) {
    super(options, admin, stubs);
    this.hub = new QueueHub(ctx, keepAlive);
    jettyServer.setHandler(new CountingHandler(jettyServer.getHandler(), stats));
  }

  /**
   * Runs inside the super constructor, before {@link #hub} is assigned; the lambdas therefore read
   * the field per request, by which time construction has finished.
   */
  @Override
  protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
    super.decorateMockServiceContextBeforeConfig(context);
    NegotiateFilter negotiate = new NegotiateFilter(at -> hub.tokenValid(at));
    context.addFilter(new FilterHolder(negotiate), "/*", EnumSet.of(DispatcherType.REQUEST));
    JettyWebSocketServletContainerInitializer.configure(
        context,
        (servletContext, container) ->
            container.addMapping(HUB_PATH_SPEC, (req, resp) -> hub.accept(req, resp)));
  }

  @Override
  public void stop() {
    try {
      super.stop();
    } finally {
      hub.shutdown();
    }
  }
}
