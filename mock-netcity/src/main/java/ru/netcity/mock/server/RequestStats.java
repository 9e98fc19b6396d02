package ru.netcity.mock.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a mock host has served since start (or the last reset): requests in flight now, the most in
 * flight at once, the total, and the requests per school. {@code GET /__mock/stats} shows it.
 */
public final class RequestStats {
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final AtomicLong requests = new AtomicLong();
  private final Map<Integer, LongAdder> perSchool = new ConcurrentHashMap<>();

  /** A request enters the server. */
  public void begin() {
    requests.incrementAndGet();
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
  }

  /** A request's answer is complete (or it failed). */
  public void end() {
    inFlight.decrementAndGet();
  }

  /** Counts a request of a school: a call of one of its sessions, or a login to it. */
  public void school(int schoolId) {
    perSchool.computeIfAbsent(schoolId, id -> new LongAdder()).increment();
  }

  public int maxConcurrentRequests() {
    return maxInFlight.get();
  }

  /**
   * Zeroes the counts; the most in flight starts again from the requests in flight now (those keep
   * being counted until they end).
   */
  public void reset() {
    requests.set(0);
    perSchool.clear();
    maxInFlight.set(inFlight.get());
  }

  /** {@code {maxConcurrentRequests, inFlight, requests, schools: {"<id>": n}}}. */
  public Map<String, Object> snapshot() {
    Map<String, Long> schools = new TreeMap<>();
    perSchool.forEach((id, n) -> schools.put(Integer.toString(id), n.sum()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("maxConcurrentRequests", maxInFlight.get());
    body.put("inFlight", inFlight.get());
    body.put("requests", requests.get());
    body.put("schools", schools);
    return body;
  }
}
