package ru.netcity.gateway.netcity;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A WireMock AIS that takes a fixed time per answer and counts what it sees: the most requests in
 * progress at once and when each one arrived. The fixed time is spent inside the counting
 * transformer, so a request counts from its arrival until just before its answer leaves: a client
 * cannot start its next request while the last one still counts.
 */
final class CountingAis implements AutoCloseable {
  private final AtomicInteger inProgress = new AtomicInteger();
  private final AtomicInteger most = new AtomicInteger();
  private final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
  private final long delayNanos;
  private final WireMockServer server;

  CountingAis(Duration delay) {
    this.delayNanos = delay.toNanos();
    this.server =
        new WireMockServer(
            wireMockConfig().dynamicPort().containerThreads(40).extensions(new Counter()));
    server.start();
    server.stubFor(get(urlPathMatching("/webapi/.*")).willReturn(okJson("{}")));
  }

  URI origin() {
    return URI.create(server.baseUrl());
  }

  /** The most requests the server worked on at once. */
  int mostAtOnce() {
    return most.get();
  }

  /** Arrival times ({@link System#nanoTime()}), in order. */
  List<Long> arrivals() {
    synchronized (arrivals) {
      List<Long> sorted = new ArrayList<>(arrivals);
      Collections.sort(sorted);
      return sorted;
    }
  }

  /** The most arrivals within any span of {@code window} starting at an arrival. */
  int mostArrivalsWithin(Duration window) {
    List<Long> times = arrivals();
    int best = 0;
    for (int first = 0, last = 0; first < times.size(); first++) {
      while (last < times.size() && times.get(last) - times.get(first) < window.toNanos()) {
        last++;
      }
      best = Math.max(best, last - first);
    }
    return best;
  }

  @Override
  public void close() {
    server.stop();
  }

  private final class Counter implements ResponseTransformerV2 {
    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
      long arrived = System.nanoTime();
      arrivals.add(arrived);
      most.accumulateAndGet(inProgress.incrementAndGet(), Math::max);
      try {
        // the AIS's working time (WireMock's own fixed delay would run after the count ends)
        for (long left = delayNanos; left > 0; left = arrived + delayNanos - System.nanoTime()) {
          LockSupport.parkNanos(left);
        }
        return response;
      } finally {
        inProgress.decrementAndGet();
      }
    }

    @Override
    public String getName() {
      return "counting-ais";
    }
  }
}
