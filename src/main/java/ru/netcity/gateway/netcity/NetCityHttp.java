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
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The HTTP layer of the AIS client: cookie jar, {@code Referer} and {@code at} headers, the host
 * budget, a deadline for each whole answer (Java's request timeout covers only the headers), size
 * caps, retries within one total per call honouring {@code Retry-After}, and the host's circuit
 * breaker.
 */
final class NetCityHttp {
  /** Whether a call may be sent again without changing anything twice. */
  enum Safety {
    /** Repeated after a timeout, a connection error, a 5xx or a 429. */
    SAFE,
    /** Repeated only after a 429: the AIS refused it without acting on it. */
    ONCE,
    /** Never repeated (the login: each attempt counts against the account's lock-out). */
    SINGLE
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
  private final HostBudget limiter;
  private final String host;
  private final HttpClient client;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final HostBreaker breaker;
  private final Clock clock = Clock.systemUTC();
  private volatile String at;

  NetCityHttp(URI origin, Budget budget) {
    this(origin, budget, HostBudget.local(budget));
  }

  NetCityHttp(URI origin, Budget budget, HostBudget limiter) {
    this.origin = origin;
    this.budget = budget;
    this.limiter = limiter;
    this.host = budgetKey(origin);
    this.breaker = new HostBreaker(origin.getHost(), budget.breaker());
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

  /** The key of the host's budget: {@code host:port} in lower case (the port when given). */
  static String budgetKey(URI origin) {
    String host = origin.getHost().toLowerCase(Locale.ROOT);
    return origin.getPort() < 0 ? host : host + ":" + origin.getPort();
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

  /** A JSON answer: within {@code netcity.budget.max-json-size}. */
  Answer get(String path) {
    return get(path, new Attempts(budget));
  }

  Answer get(String path, Attempts attempts) {
    return send(path, request(path).GET(), Safety.SAFE, budget.maxJsonSize(), attempts);
  }

  /** A report page: within {@code netcity.budget.max-report-size}. */
  Answer getReport(String path) {
    return send(
        path, request(path).GET(), Safety.SAFE, budget.maxReportSize(), new Attempts(budget));
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
        safety,
        budget.maxJsonSize(),
        new Attempts(budget));
  }

  Answer postJson(String path, String json, Safety safety, Attempts attempts) {
    return send(
        path,
        request(path)
            .header("Content-Type", "application/json; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        safety,
        budget.maxJsonSize(),
        attempts);
  }

  /** The attempts of one call, to share between its transport and its parsing retries. */
  Attempts attempts() {
    return new Attempts(budget);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(origin + "/webapi/" + path))
            .header("Referer", origin + "/")
            .header("X-Requested-With", "XMLHttpRequest")
            .header("Accept", "application/json, text/javascript, */*; q=0.01");
    String token = at;
    if (token != null) {
      builder.header("at", token);
    }
    return builder;
  }

  /**
   * Sends with the call's attempts: a timeout, a connection error or a 5xx is repeated when the
   * call is {@link Safety#SAFE}, a 429 unless it is {@link Safety#SINGLE} (the AIS did not act on
   * it), each after the backoff or the {@code Retry-After} the host asked for.
   */
  private Answer send(
      String path, HttpRequest.Builder builder, Safety safety, long maxSize, Attempts attempts) {
    String call = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    for (; ; ) {
      Duration deadline = attempts.start();
      Reply reply;
      try {
        reply = once(call, builder.timeout(deadline).build(), maxSize, deadline);
      } catch (HttpTimeoutException e) {
        if (safety == Safety.SAFE && attempts.pause(Duration.ZERO)) {
          continue;
        }
        throw new NetCityException.Timeout(call, e);
      } catch (IOException e) {
        if (safety == Safety.SAFE && attempts.pause(Duration.ZERO)) {
          continue;
        }
        throw new NetCityException("cannot reach the AIS for " + call + ": " + e, e);
      }
      int status = reply.answer().status();
      Duration asked = RetryAfter.parse(reply.retryAfter(), clock).orElse(Duration.ZERO);
      if (status == 429) {
        if (safety != Safety.SINGLE && attempts.pause(asked)) {
          continue;
        }
        throw new NetCityException.TooManyRequests(call, reply.retryAfter());
      }
      if (status >= 500 && safety == Safety.SAFE && attempts.pause(asked)) {
        continue;
      }
      return reply.answer();
    }
  }

  /** One exchange, body included, within {@code deadline}; the breaker hears how it went. */
  private Reply once(String call, HttpRequest request, long maxSize, Duration deadline)
      throws IOException {
    breaker.acquire();
    HostBudget.Permit permit;
    try {
      permit = limiter.acquire(host);
    } catch (InterruptedException e) {
      breaker.released();
      Thread.currentThread().interrupt();
      throw new NetCityException("interrupted while waiting for the request budget", e);
    } catch (RuntimeException e) {
      breaker.released();
      throw e;
    }
    long start = System.nanoTime();
    CappedBody body = new CappedBody(maxSize);
    CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, body);
    try {
      HttpResponse<byte[]> response = exchange.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
      requests.incrementAndGet();
      bytes.addAndGet(response.body().length);
      breaker.answered(start, response.statusCode());
      String type = response.headers().firstValue("Content-Type").orElse("");
      return new Reply(
          new Answer(call, response.statusCode(), type, response.body()),
          response.headers().firstValue("Retry-After").orElse(null));
    } catch (TimeoutException e) {
      body.abort();
      exchange.cancel(true);
      HttpTimeoutException timeout =
          new HttpTimeoutException("no whole answer within " + deadline.toMillis() + " ms");
      breaker.failed(start, timeout);
      throw timeout;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      CappedBody.TooLarge tooLarge = tooLarge(cause);
      if (tooLarge != null) {
        breaker.released();
        throw new NetCityException.Malformed(call, tooLarge.getMessage());
      }
      IOException error =
          cause instanceof IOException io ? io : new IOException(String.valueOf(cause), cause);
      breaker.failed(start, error);
      throw error;
    } catch (InterruptedException e) {
      body.abort();
      exchange.cancel(true);
      breaker.released();
      Thread.currentThread().interrupt();
      throw new NetCityException("interrupted during " + call, e);
    } finally {
      permit.release();
    }
  }

  private static CappedBody.TooLarge tooLarge(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof CappedBody.TooLarge tooLarge) {
        return tooLarge;
      }
    }
    return null;
  }

  /** An answer and the wait its {@code Retry-After} asked for. */
  private record Reply(Answer answer, String retryAfter) {}
}
