package ru.netcity.gateway.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code notify --once | status | resend ID | message … | held | release RUN}: the parents'
 * notifications.
 *
 * @param action "once", "status", "resend", "message", "held" or "release"
 * @param id for resend: the dead letter's id
 * @param options the options by name without the leading dashes; for release, {@code run}: the held
 *     sync run's id
 */
public record NotifyRequest(String action, Long id, Map<String, String> options)
    implements Command.Request {
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "status", Set.of("format"),
          "resend", Set.of(),
          "message", Set.of("student", "text", "by"),
          "held", Set.of(),
          "release", Set.of());

  static NotifyRequest parse(List<String> words) {
    if (words.size() == 1 && words.get(0).equals("--once")) {
      return new NotifyRequest("once", null, Map.of());
    }
    if (words.isEmpty() || !ALLOWED.containsKey(words.get(0))) {
      throw new IllegalArgumentException(
          "notify needs one of: --once, status, resend, message, held, release");
    }
    String action = words.get(0);
    if (action.equals("release")) {
      if (words.size() != 2 || words.get(1).startsWith("-")) {
        throw new IllegalArgumentException(
            "notify release takes the held run's id only (notify held lists them)");
      }
      return new NotifyRequest(action, null, Map.of("run", words.get(1)));
    }
    Long id = null;
    int next = 1;
    if (action.equals("resend")) {
      if (words.size() != 2) {
        throw new IllegalArgumentException("notify resend takes the dead letter's id only");
      }
      id = number(words.get(1), "notify resend takes the dead letter's id, e.g. 12");
      next = 2;
    }
    NotifyRequest request =
        new NotifyRequest(
            action, id, ActionOptions.parse(words, next, ALLOWED.get(action), "notify " + action));
    if (action.equals("status")) {
      request.json();
    }
    if (action.equals("message")) {
      for (String needed : List.of("student", "text", "by")) {
        if (!request.options().containsKey(needed)) {
          throw new IllegalArgumentException("notify message needs --" + needed);
        }
      }
      request.student();
    }
    return request;
  }

  boolean json() {
    String format = options.getOrDefault("format", "text");
    if (!format.equals("json") && !format.equals("text")) {
      throw new IllegalArgumentException("--format takes json or text, not '" + format + "'");
    }
    return format.equals("json");
  }

  int student() {
    return number(options.get("student"), "--student takes the pupil's AIS id, e.g. 1234")
        .intValue();
  }

  private static Long number(String word, String message) {
    try {
      return Long.valueOf(word);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(message);
    }
  }
}
