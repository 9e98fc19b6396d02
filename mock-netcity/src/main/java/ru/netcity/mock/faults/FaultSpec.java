package ru.netcity.mock.faults;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The faults of one run, parsed from {@code --faults} such as {@code
 * latency=50ms,5xx=0.05,expire-session=200,malformed-json=0.01}.
 *
 * @param latency added to every answer
 * @param serverErrorRate share of authenticated calls answered 500/502/503
 * @param expireSessionEvery the session ends after this many authenticated calls (0 = never)
 * @param malformedJsonRate share of JSON answers cut in the middle
 * @param htmlErrorRate share of JSON answers replaced by an HTML error page with status 200
 * @param signalrDropRate share of report tasks whose hub connection drops before {@code complete}
 * @param reportDelay time from {@code startTask} to {@code complete}
 * @param failClass a class name whose diary and report calls always fail with 500
 * @param seed makes the choice of faulty calls repeatable
 */
public record FaultSpec(
    Duration latency,
    double serverErrorRate,
    int expireSessionEvery,
    double malformedJsonRate,
    double htmlErrorRate,
    double signalrDropRate,
    Duration reportDelay,
    Optional<String> failClass,
    long seed) {
  public static final FaultSpec NONE =
      new FaultSpec(Duration.ZERO, 0, 0, 0, 0, 0, Duration.ZERO, Optional.empty(), 1);

  /** Parses the {@code --faults} value; an unknown name or a bad value is an error. */
  public static FaultSpec parse(String spec) {
    FaultSpec f = NONE;
    if (spec == null || spec.isBlank()) {
      return f;
    }
    for (String item : spec.split(",")) {
      String[] kv = item.trim().split("=", 2);
      String name = kv[0].trim().toLowerCase(Locale.ROOT);
      String value = kv.length > 1 ? kv[1].trim() : "";
      f =
          switch (name) {
            case "latency" -> f.with(duration(name, value), null, null, null, null, null, null);
            case "5xx" -> f.with(null, rate(name, value), null, null, null, null, null);
            case "expire-session" -> f.with(null, null, count(name, value), null, null, null, null);
            case "malformed-json" -> f.with(null, null, null, rate(name, value), null, null, null);
            case "html-error" -> f.with(null, null, null, null, rate(name, value), null, null);
            case "signalr-drop" -> f.with(null, null, null, null, null, rate(name, value), null);
            case "slow-reports" ->
                f.with(null, null, null, null, null, null, duration(name, value));
            case "fail-class" -> f.withFailClass(value);
            case "seed" -> f.withSeed(count(name, value));
            default -> throw new IllegalArgumentException("unknown fault '" + name + "'");
          };
    }
    return f;
  }

  private FaultSpec with(
      Duration latency,
      Double errors,
      Integer expire,
      Double malformed,
      Double html,
      Double drop,
      Duration delay) {
    return new FaultSpec(
        latency != null ? latency : this.latency,
        errors != null ? errors : serverErrorRate,
        expire != null ? expire : expireSessionEvery,
        malformed != null ? malformed : malformedJsonRate,
        html != null ? html : htmlErrorRate,
        drop != null ? drop : signalrDropRate,
        delay != null ? delay : reportDelay,
        failClass,
        seed);
  }

  private FaultSpec withFailClass(String className) {
    if (className.isEmpty()) {
      throw new IllegalArgumentException("fail-class needs a class name, e.g. fail-class=7А");
    }
    return new FaultSpec(
        latency,
        serverErrorRate,
        expireSessionEvery,
        malformedJsonRate,
        htmlErrorRate,
        signalrDropRate,
        reportDelay,
        Optional.of(className),
        seed);
  }

  private FaultSpec withSeed(long newSeed) {
    return new FaultSpec(
        latency,
        serverErrorRate,
        expireSessionEvery,
        malformedJsonRate,
        htmlErrorRate,
        signalrDropRate,
        reportDelay,
        failClass,
        newSeed);
  }

  private static Duration duration(String name, String value) {
    String v = value.toLowerCase(Locale.ROOT);
    try {
      if (v.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
      }
      if (v.endsWith("s")) {
        return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
      }
      return Duration.ofMillis(Long.parseLong(v));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a duration such as 50ms or 2s");
    }
  }

  private static double rate(String name, String value) {
    try {
      double rate = Double.parseDouble(value);
      if (rate < 0 || rate > 1) {
        throw new NumberFormatException();
      }
      return rate;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a share between 0 and 1, e.g. 0.05");
    }
  }

  private static int count(String name, String value) {
    try {
      int count = Integer.parseInt(value);
      if (count < 0) {
        throw new NumberFormatException();
      }
      return count;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a whole number");
    }
  }
}
