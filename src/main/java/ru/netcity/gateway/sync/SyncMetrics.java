package ru.netcity.gateway.sync;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The sync's Micrometer meters: units by outcome, requests to the AIS, errors, and the time a unit
 * takes. Shown under {@code /actuator/metrics/gateway.sync.*}.
 */
public final class SyncMetrics {
  private final Counter unitsComplete;
  private final Counter unitsIncomplete;
  private final Counter requests;
  private final Counter errors;
  private final Timer unitTime;

  public SyncMetrics(MeterRegistry registry) {
    this.unitsComplete =
        Counter.builder("gateway.sync.units")
            .tag("outcome", "complete")
            .description("work units pulled completely")
            .register(registry);
    this.unitsIncomplete =
        Counter.builder("gateway.sync.units")
            .tag("outcome", "incomplete")
            .description("work units left for the next run")
            .register(registry);
    this.requests =
        Counter.builder("gateway.sync.requests")
            .description("requests made to the AIS")
            .register(registry);
    this.errors =
        Counter.builder("gateway.sync.errors")
            .description("failed units and failed runs")
            .register(registry);
    this.unitTime =
        Timer.builder("gateway.sync.unit.duration")
            .description("time to pull and record one unit")
            .register(registry);
  }

  void unit(boolean complete, Duration took) {
    (complete ? unitsComplete : unitsIncomplete).increment();
    if (!complete) {
      errors.increment();
    }
    unitTime.record(took);
  }

  void requests(long count) {
    requests.increment(count);
  }

  void runFailed() {
    errors.increment();
  }
}
