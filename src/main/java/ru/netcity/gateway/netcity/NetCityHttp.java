package ru.netcity.gateway.netcity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * The HTTP layer of the AIS client: cookie jar, {@code Referer} and {@code at} headers, the host
 * budget, timeouts, and retries with backoff for the calls that are safe to repeat.
 */
final class NetCityHttp {
  /** Whether a call may be sent again after a timeout or a 5xx without changing anything twice. */
  enum Safety {
    SAFE,
    ONCE
  }

  record Answer(String call, int status, String contentType, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    boolean isHtml() {
      return contentType.startsWith("text/html");
    }
  }

  private final URI origin;
  private final Budget budget;
  private final RequestBudget limiter;
  private final HttpClient client;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private volatile String at;

  NetCityHttp(URI origin, Budget budget) {
    this.origin = origin;
    this.budget = budget;
    this.limiter = new RequestBudget(budget);
    this.client =
        HttpClient.newBuilder()
            // HTTP/1.1 as the public clients use; over plain http the JDK's h2c upgrade costs a
            // round trip.
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .connectTimeout(budget.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  URI origin() {
    return origin;
  }

  void token(String token) {
    this.at = token;
  }

  String token() {
    return at;
  }

  long requests() {
    return requests.get();
  }

  long bytes() {
    return bytes.get();
  }

  Answer get(String path) {
    return send(path, request(path).GET(), Safety.SAFE);
  }

  Answer postForm(String path, Map<String, String> form, Safety safety) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        path,
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        safety);
  }

  Answer postJson(String path, String json, Safety safety) {
    return send(
        path,
        request(path)
            .header("Content-Type", "application/json; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        safety);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(origin + "/webapi/" + path))
            .timeout(budget.readTimeout())
            .header("Referer", origin + "/")
            .header("X-Requested-With", "XMLHttpRequest")
            .header("Accept", "application/json, text/javascript, */*; q=0.01");
    String token = at;
    if (token != null) {
      builder.header("at", token);
    }
    return builder;
  }

  private Answer send(String path, HttpRequest.Builder builder, Safety safety) {
    String call = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    int attempts = safety == Safety.SAFE ? budget.retries() + 1 : 1;
    for (int attempt = 1; ; attempt++) {
      try {
        Answer answer = once(call, builder.build());
        if (answer.status() < 500 || attempt >= attempts) {
          return answer;
        }
      } catch (HttpTimeoutException e) {
        if (attempt >= attempts) {
          throw new NetCityException.Timeout(call, e);
        }
      } catch (IOException e) {
        if (attempt >= attempts) {
          throw new NetCityException("cannot reach the AIS for " + call + ": " + e, e);
        }
      }
      LockSupport.parkNanos(budget.retryBackoff().toNanos() << (attempt - 1));
    }
  }

  private Answer once(String call, HttpRequest request) throws IOException {
    try {
      limiter.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NetCityException("interrupted while waiting for the request budget", e);
    }
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      requests.incrementAndGet();
      bytes.addAndGet(response.body().length);
      String type = response.headers().firstValue("Content-Type").orElse("");
      return new Answer(call, response.statusCode(), type, response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NetCityException("interrupted during " + call, e);
    } finally {
      limiter.release();
    }
  }
}
