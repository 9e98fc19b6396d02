package ru.netcity.mock.signalr;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import ru.netcity.mock.server.RequestStats;

/**
 * Wraps the whole Jetty server: a request counts as in flight from the moment Jetty hands it over
 * until its answer is complete (the callback), so an answer delayed by the latency fault, a report
 * download and the hub's negotiate and WebSocket handshake all count. The socket opened by the
 * handshake does not; nor do the mock's own control calls ({@code /__mock/…}, {@code /__admin/…}).
 */
final class CountingHandler extends Handler.Wrapper {
  private final RequestStats stats;

  CountingHandler(Handler inner, RequestStats stats) {
    super(inner);
    this.stats = stats;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = request.getHttpURI().getPath();
    if (path != null && (path.startsWith("/__mock/") || path.startsWith("/__admin"))) {
      return super.handle(request, response, callback);
    }
    RequestStats counter = stats;
    counter.begin();
    // ends the count before Jetty completes the exchange, the earliest moment the answer is out
    Callback counted =
        new Callback.Nested(callback) {
          @Override
          public void succeeded() {
            counter.end();
            super.succeeded();
          }

          @Override
          public void failed(Throwable x) {
            counter.end();
            super.failed(x);
          }
        };
    boolean handled;
    try {
      handled = super.handle(request, response, counted);
    } catch (Exception | Error e) {
      counter.end();
      throw e;
    }
    if (!handled) {
      counter.end();
    }
    return handled;
  }
}
