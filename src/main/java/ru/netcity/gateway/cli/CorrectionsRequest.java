package ru.netcity.gateway.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.netcity.gateway.corrections.CorrectionStatus;
import ru.netcity.gateway.corrections.NewCorrection;

/**
 * {@code corrections list|file|approve|reject|print …}: the correction register from the command
 * line. Values are the words after their options, so they may hold spaces (quoted) and "=".
 *
 * @param id the request of approve and reject
 * @param options the options by name without the leading dashes
 */
public record CorrectionsRequest(String action, Long id, Map<String, String> options)
    implements Command.Request {
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "list", Set.of("from", "to", "status", "format"),
          "print", Set.of("from", "to", "out"),
          "file", Set.of("class", "teacher", "date", "subject", "changes", "reason", "basis"),
          "approve", Set.of("by", "changes-made", "comment"),
          "reject", Set.of("by", "comment"));

  /** Parses the words after {@code corrections}. */
  static CorrectionsRequest parse(List<String> words) {
    if (words.isEmpty() || !ALLOWED.containsKey(words.get(0))) {
      throw new IllegalArgumentException(
          "corrections needs one of: list, file, approve, reject, print");
    }
    String action = words.get(0);
    int next = 1;
    Long id = null;
    if (action.equals("approve") || action.equals("reject")) {
      if (words.size() < 2 || !words.get(1).matches("\\d{1,18}")) {
        throw new IllegalArgumentException("corrections " + action + " needs the request number");
      }
      id = Long.parseLong(words.get(1));
      next = 2;
    }
    Map<String, String> options =
        ActionOptions.parse(words, next, ALLOWED.get(action), "corrections " + action);
    CorrectionsRequest request = new CorrectionsRequest(action, id, options);
    request.from();
    request.to();
    request.status();
    request.json();
    if (action.equals("file")) {
      request.newCorrection();
    }
    return request;
  }

  LocalDate from() {
    return date("from");
  }

  LocalDate to() {
    return date("to");
  }

  CorrectionStatus status() {
    String value = options.get("status");
    if (value == null) {
      return null;
    }
    try {
      return CorrectionStatus.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--status takes pending, approved or rejected, not '" + value + "'");
    }
  }

  boolean json() {
    String format = options.getOrDefault("format", "text");
    if (!format.equals("json") && !format.equals("text")) {
      throw new IllegalArgumentException("--format takes json or text, not '" + format + "'");
    }
    return format.equals("json");
  }

  /** The request to file; the register itself checks that the fields are there and consistent. */
  NewCorrection newCorrection() {
    return new NewCorrection(
        options.get("class"),
        options.get("teacher"),
        date("date"),
        options.get("subject"),
        options.get("changes"),
        options.get("reason"),
        options.get("basis"));
  }

  String option(String name) {
    return options.get(name);
  }

  private LocalDate date(String name) {
    String value = options.get(name);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--" + name + " takes a date YYYY-MM-DD, not '" + value + "'");
    }
  }
}
