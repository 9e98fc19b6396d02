package ru.netcity.gateway.camel;

import java.util.HashMap;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.PluginHelper;
import ru.netcity.gateway.notify.Transport;

/**
 * The notification channels' wire: HTTP calls through the route {@code notify-http}, e-mail through
 * {@code notify-email} (routes/). The command line runs without routes; there a route is loaded and
 * started on first use. The bot token travels in the path header, never in an endpoint URI (which
 * Camel may show).
 */
public final class CamelTransport implements Transport {
  static final String BASE = "CamelNotifyBase";

  private final CamelContext camel;
  private final ProducerTemplate producer;

  public CamelTransport(CamelContext camel) {
    this.camel = camel;
    this.producer = camel.createProducerTemplate();
  }

  @Override
  public HttpAnswer http(
      String method,
      String base,
      String path,
      String query,
      Map<String, String> headers,
      String body) {
    ensureRoute("notify-http");
    Map<String, Object> all = new HashMap<>(headers);
    all.put(BASE, base);
    all.put(Exchange.HTTP_METHOD, method);
    all.put(Exchange.HTTP_PATH, path);
    if (query != null) {
      all.put(Exchange.HTTP_QUERY, query);
    }
    Exchange answer =
        producer.request(
            "direct:notify-http",
            e -> {
              e.getIn().setHeaders(all);
              e.getIn().setBody(body);
            });
    if (answer.getException() != null) {
      throw new IllegalStateException(
          "HTTP call failed: " + answer.getException().getClass().getSimpleName(),
          answer.getException());
    }
    Integer status = answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
    return new HttpAnswer(
        status == null ? 0 : status,
        answer.getMessage().getHeader("Retry-After", String.class),
        answer.getMessage().getBody(String.class));
  }

  @Override
  public void mail(Map<String, String> headers, String body) {
    ensureRoute("notify-email");
    try {
      producer.sendBodyAndHeaders("direct:notify-email", body, new HashMap<>(headers));
    } catch (CamelExecutionException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalStateException("SMTP failed: " + cause.getClass().getSimpleName(), cause);
    }
  }

  private synchronized void ensureRoute(String route) {
    try {
      if (camel.getRoute(route) == null) {
        PluginHelper.getRoutesLoader(camel)
            .loadRoutes(
                PluginHelper.getResourceLoader(camel)
                    .resolveResource("classpath:routes/" + route + ".camel.yaml"));
      }
      if (!camel.getRouteController().getRouteStatus(route).isStarted()) {
        camel.getRouteController().startRoute(route);
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the route " + route + ": " + e, e);
    }
  }
}
