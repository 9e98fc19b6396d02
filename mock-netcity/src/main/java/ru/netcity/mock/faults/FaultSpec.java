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
 * @param failClass a class name whose diary and report calls fail with 500
 * @param failClassFor how long they fail from the first such call (an outage of that part of the
 *     AIS); zero = always
 * @param cutReportRate share of report files served cut off inside their table
 * @param weeklyDiary the diary answers at most the week from {@code weekStart}, whatever span was
 *     asked (whether the real AIS rounds spans is unknown: netcity-api.md §2.1)
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
    Duration failClassFor,
    double cutReportRate,
    boolean weeklyDiary,
    long seed) {
  public static final FaultSpec NONE =
      new FaultSpec(
          Duration.ZERO,
          0,
          0,
          0,
          0,
          0,
          Duration.ZERO,
          Optional.empty(),
          Duration.ZERO,
          0,
          false,
          1);

  /** Parses the {@code --faults} value; an unknown name or a bad value is an error. */
  public static FaultSpec parse(String spec) {
    Duration latency = Duration.ZERO;
    double serverErrors = 0;
    int expire = 0;
    double malformed = 0;
    double html = 0;
    double drop = 0;
    Duration delay = Duration.ZERO;
    Optional<String> failClass = Optional.empty();
    Duration failClassFor = Duration.ZERO;
    double cut = 0;
    boolean weeklyDiary = false;
    long seed = NONE.seed();
    for (String item : spec == null || spec.isBlank() ? new String[0] : spec.split(",")) {
      String[] kv = item.trim().split("=", 2);
      String name = kv[0].trim().toLowerCase(Locale.ROOT);
      String value = kv.length > 1 ? kv[1].trim() : "";
      switch (name) {
        case "latency" -> latency = duration(name, value);
        case "5xx" -> serverErrors = rate(name, value);
        case "expire-session" -> expire = count(name, value);
        case "malformed-json" -> malformed = rate(name, value);
        case "html-error" -> html = rate(name, value);
        case "signalr-drop" -> drop = rate(name, value);
        case "slow-reports" -> delay = duration(name, value);
        case "fail-class" -> failClass = Optional.of(className(value));
        case "fail-class-for" -> failClassFor = duration(name, value);
        case "cut-reports" -> cut = rate(name, value);
        case "weekly-diary" -> weeklyDiary = flag(name, value);
        case "seed" -> seed = count(name, value);
        default -> throw new IllegalArgumentException("unknown fault '" + name + "'");
      }
    }
    return new FaultSpec(
        latency,
        serverErrors,
        expire,
        malformed,
        html,
        drop,
        delay,
        failClass,
        failClassFor,
        cut,
        weeklyDiary,
        seed);
  }

  private static String className(String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException("fail-class needs a class name, e.g. fail-class=7А");
    }
    return value;
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

  private static boolean flag(String name, String value) {
    if (!value.isEmpty() && !value.equalsIgnoreCase("true")) {
      throw new IllegalArgumentException(name + " takes no value (or true)");
    }
    return true;
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
