package ru.netcity.gateway.netcity;

import java.time.Duration;

/**
 * How politely, and how long, the gateway talks to one AIS host.
 *
 * @param maxConcurrent requests in flight at once
 * @param requestsPerSecond requests started per second; {@link #UNLIMITED_RATE} (0) for no limit
 * @param connectTimeout TCP connect timeout
 * @param readTimeout deadline of one whole answer, headers and body
 * @param reportTimeout time to wait for a report's {@code complete} frame
 * @param keepAlive interval of the {@code GET context} ping during a long run
 * @param retries extra attempts of a call that is safe to repeat
 * @param retryBackoff pause before the first retry; doubles with each one
 * @param retryTotal time one call may take with all its attempts and pauses
 * @param maxJsonSize bytes of a JSON answer (and of the report hub's buffer); more is malformed
 * @param maxReportSize bytes of a report page; more is malformed
 * @param breaker when repeated failures of the host stop the calls for a while
 */
public record Budget(
    int maxConcurrent,
    double requestsPerSecond,
    Duration connectTimeout,
    Duration readTimeout,
    Duration reportTimeout,
    Duration keepAlive,
    int retries,
    Duration retryBackoff,
    Duration retryTotal,
    long maxJsonSize,
    long maxReportSize,
    Breaker breaker) {
  /** A {@link #requestsPerSecond} that does not space requests out (a local AIS). */
  public static final double UNLIMITED_RATE = 0;

  /**
   * The circuit breaker of the host: after {@code failureRate} percent of the last {@code window}
   * calls failed by timeout, connection error or 502/503/504, calls fail at once for {@code
   * openFor}; then a few calls probe the host again.
   */
  public record Breaker(int failureRate, int window, Duration openFor) {
    public static Breaker defaults() {
      return new Breaker(50, 20, Duration.ofSeconds(60));
    }
  }

  /**
   * Polite defaults: 4 at once, 10 per second, 30 s per answer, 3 retries from 200 ms within 2
   * minutes, JSON up to 16 MB and report pages up to 64 MB.
   */
  public static Budget polite() {
    return new Budget(
        4,
        10,
        Duration.ofSeconds(5),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        Duration.ofMinutes(5),
        3,
        Duration.ofMillis(200),
        Duration.ofMinutes(2),
        16L << 20,
        64L << 20,
        Breaker.defaults());
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
        retryBackoff,
        retryTotal,
        maxJsonSize,
        maxReportSize,
        breaker);
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
        retryBackoff,
        retryTotal,
        maxJsonSize,
        maxReportSize,
        breaker);
  }

  public Budget withRetries(int count, Duration backoff, Duration total) {
    return new Budget(
        maxConcurrent,
        requestsPerSecond,
        connectTimeout,
        readTimeout,
        reportTimeout,
        keepAlive,
        count,
        backoff,
        total,
        maxJsonSize,
        maxReportSize,
        breaker);
  }

  public Budget withSizes(long json, long report) {
    return new Budget(
        maxConcurrent,
        requestsPerSecond,
        connectTimeout,
        readTimeout,
        reportTimeout,
        keepAlive,
        retries,
        retryBackoff,
        retryTotal,
        json,
        report,
        breaker);
  }

  public Budget withBreaker(Breaker value) {
    return new Budget(
        maxConcurrent,
        requestsPerSecond,
        connectTimeout,
        readTimeout,
        reportTimeout,
        keepAlive,
        retries,
        retryBackoff,
        retryTotal,
        maxJsonSize,
        maxReportSize,
        value);
  }
}
