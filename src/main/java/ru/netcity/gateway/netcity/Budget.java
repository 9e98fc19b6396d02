package ru.netcity.gateway.netcity;

import java.time.Duration;

/**
 * How politely the gateway talks to one AIS host.
 *
 * @param maxConcurrent requests in flight at once
 * @param requestsPerSecond requests started per second
 * @param connectTimeout TCP connect timeout
 * @param readTimeout time to wait for one answer
 * @param reportTimeout time to wait for a report's {@code complete} frame
 * @param keepAlive interval of the {@code GET context} ping during a long run
 * @param retries extra attempts of a call that is safe to repeat
 * @param retryBackoff pause before the first retry; doubles with each one
 */
public record Budget(
    int maxConcurrent,
    double requestsPerSecond,
    Duration connectTimeout,
    Duration readTimeout,
    Duration reportTimeout,
    Duration keepAlive,
    int retries,
    Duration retryBackoff) {
  /** Polite defaults: 4 at once, 10 per second, 30 s per answer, 3 retries from 200 ms. */
  public static Budget polite() {
    return new Budget(
        4,
        10,
        Duration.ofSeconds(5),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        Duration.ofMinutes(5),
        3,
        Duration.ofMillis(200));
  }

  public Budget withRate(int concurrent, double perSecond) {
    return new Budget(
        concurrent,
        perSecond,
        connectTimeout,
        readTimeout,
        reportTimeout,
        keepAlive,
        retries,
        retryBackoff);
  }

  public Budget withTimeouts(Duration read, Duration report) {
    return new Budget(
        maxConcurrent,
        requestsPerSecond,
        connectTimeout,
        read,
        report,
        keepAlive,
        retries,
        retryBackoff);
  }
}
