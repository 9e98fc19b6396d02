package ru.netcity.gateway.netcity;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The Resilience4j circuit breaker of one AIS host for one session. Only what says the host is
 * unwell counts as a failure: a timeout, a connection error, 502, 503 or 504. A 500 for one class's
 * data, a 4xx or an oversized answer says nothing about the host.
 */
final class HostBreaker {
  private final String host;
  private final Budget.Breaker settings;
  private final CircuitBreaker breaker;

  HostBreaker(String host, Budget.Breaker settings) {
    this.host = host;
    this.settings = settings;
    this.breaker =
        CircuitBreaker.of(
            "netcity-" + host,
            CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(settings.window())
                .failureRateThreshold(settings.failureRate())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(Math.min(2, settings.window()))
                .recordExceptions(IOException.class)
                .build());
  }

  /** Throws {@link NetCityException.CircuitOpen} while the breaker is open: nothing is sent. */
  void acquire() {
    if (!breaker.tryAcquirePermission()) {
      throw new NetCityException.CircuitOpen(host, settings.openFor());
    }
  }

  /** Records an answer; 502, 503 and 504 count as the host's failure. */
  void answered(long startNanos, int status) {
    long took = System.nanoTime() - startNanos;
    if (status == 502 || status == 503 || status == 504) {
      breaker.onError(took, TimeUnit.NANOSECONDS, new IOException("HTTP " + status));
    } else {
      breaker.onSuccess(took, TimeUnit.NANOSECONDS);
    }
  }

  /** Records a timeout or a connection error. */
  void failed(long startNanos, IOException error) {
    breaker.onError(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS, error);
  }

  /** Gives the permission back when the attempt ended without a verdict on the host. */
  void released() {
    breaker.releasePermission();
  }
}
