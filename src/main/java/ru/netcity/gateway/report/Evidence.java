package ru.netcity.gateway.report;

import java.util.Map;
import java.util.stream.Collectors;

/** A finding's evidence as one line: {@code key: value; …}. */
public final class Evidence {
  private Evidence() {}

  public static String words(Map<String, Object> evidence) {
    if (evidence == null || evidence.isEmpty()) {
      return "";
    }
    return evidence.entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining("; "));
  }
}
