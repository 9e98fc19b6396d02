package ru.netcity.gateway.notify;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local SMS gateway that behaves like a real one with idempotency keys: the first request with a
 * key delivers the message (counted), a repeat answers 409 and delivers nothing.
 */
final class IdempotentSmsGateway implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, AtomicInteger> requestsByKey = new ConcurrentHashMap<>();
  private final AtomicInteger delivered = new AtomicInteger();

  IdempotentSmsGateway() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/messages",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
          int seen = requestsByKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
          int status = seen == 1 ? 200 : 409;
          if (seen == 1) {
            delivered.incrementAndGet();
          }
          byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Messages delivered to phones: one per distinct key. */
  int delivered() {
    return delivered.get();
  }

  /** Requests with a key the gateway had seen already (answered 409, not delivered again). */
  int repeats() {
    return requestsByKey.values().stream().mapToInt(n -> n.get() - 1).sum();
  }

  boolean everyKeyIn(java.util.Collection<String> keys) {
    return requestsByKey.keySet().containsAll(keys) && keys.containsAll(requestsByKey.keySet());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
