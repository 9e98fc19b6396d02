package ru.netcity.gateway.camel;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.PluginHelper;
import ru.netcity.gateway.archive.sign.TimestampAuthority;

/**
 * Sends RFC 3161 requests to the time-stamping authority through the route {@code
 * archive-timestamp} (routes/archive-timestamp.camel.yaml), so outbound HTTP stays in Camel. The
 * command line runs without routes; there the route is loaded and started on first use.
 */
public final class CamelTimestampAuthority implements TimestampAuthority {
  static final String ROUTE = "archive-timestamp";
  static final String ENDPOINT = "direct:archive-timestamp";
  private static final String SOURCE = "classpath:routes/archive-timestamp.camel.yaml";

  private final CamelContext camel;
  private final ProducerTemplate producer;

  public CamelTimestampAuthority(CamelContext camel) {
    this.camel = camel;
    this.producer = camel.createProducerTemplate();
  }

  @Override
  public byte[] exchange(byte[] timeStampRequest) {
    try {
      ensureRoute();
      return producer.requestBody(ENDPOINT, timeStampRequest, byte[].class);
    } catch (CamelExecutionException e) {
      // The wrapper's message names the exchange; the cause says what went wrong (HTTP 500, ...).
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalStateException(
          "route archive-timestamp failed: " + cause.getMessage(), cause);
    }
  }

  private synchronized void ensureRoute() {
    try {
      if (camel.getRoute(ROUTE) == null) {
        PluginHelper.getRoutesLoader(camel)
            .loadRoutes(PluginHelper.getResourceLoader(camel).resolveResource(SOURCE));
      }
      if (!camel.getRouteController().getRouteStatus(ROUTE).isStarted()) {
        camel.getRouteController().startRoute(ROUTE);
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the route " + ROUTE + ": " + e, e);
    }
  }
}
