package ru.netcity.gateway.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code archive create|list|verify|copy|restore …}: the term snapshots from the command line.
 *
 * @param options the options by name without the leading dashes ("all" maps to "true")
 */
public record ArchiveRequest(String action, Map<String, String> options)
    implements Command.Request {
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "create", Set.of("term"),
          "list", Set.of("format"),
          "verify", Set.of("all", "at"),
          "copy", Set.of("term", "to"),
          "restore", Set.of("term", "to"));
  private static final Map<String, Set<String>> REQUIRED =
      Map.of("copy", Set.of("term", "to"), "restore", Set.of("term", "to"));

  /** Parses the words after {@code archive}. */
  static ArchiveRequest parse(List<String> words) {
    if (words.isEmpty() || !ALLOWED.containsKey(words.get(0))) {
      throw new IllegalArgumentException(
          "archive needs one of: create, list, verify, copy, restore");
    }
    String action = words.get(0);
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < words.size(); i++) {
      String option = words.get(i);
      String name = option.startsWith("--") ? option.substring(2) : "";
      if (!ALLOWED.get(action).contains(name)) {
        throw new IllegalArgumentException("unknown option '" + option + "' for archive " + action);
      }
      if (name.equals("all")) {
        options.put(name, "true");
        continue;
      }
      if (i + 1 >= words.size() || words.get(i + 1).isBlank()) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      options.put(name, words.get(++i));
    }
    for (String needed : REQUIRED.getOrDefault(action, Set.of())) {
      if (!options.containsKey(needed)) {
        throw new IllegalArgumentException("archive " + action + " needs --" + needed);
      }
    }
    if (options.containsKey("all") && options.containsKey("at")) {
      throw new IllegalArgumentException("archive verify takes --all or --at PATH, not both");
    }
    ArchiveRequest request = new ArchiveRequest(action, Map.copyOf(options));
    request.json();
    return request;
  }

  String term() {
    return options.get("term");
  }

  Path path(String name) {
    String value = options.get(name);
    return value == null ? null : Path.of(value).toAbsolutePath().normalize();
  }

  boolean all() {
    return options.containsKey("all");
  }

  boolean json() {
    String format = options.getOrDefault("format", "text");
    if (!format.equals("json") && !format.equals("text")) {
      throw new IllegalArgumentException("--format takes json or text, not '" + format + "'");
    }
    return format.equals("json");
  }
}
