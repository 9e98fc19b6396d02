package ru.netcity.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A finding of {@code findings --format json}, or a violation of the mock's truth file, as the
 * fields both carry: rule, severity, class, subject, lesson date, student and teacher ("-" for
 * none).
 */
public final class FindingKey {
  private FindingKey() {}

  public static String of(JsonNode n) {
    return String.join(
        " | ",
        n.get("rule").asText(),
        n.get("severity").asText(),
        n.get("className").asText(),
        n.get("subject").asText(),
        n.get("lessonDate").asText(),
        n.get("student").isNull() ? "-" : n.get("student").asText(),
        n.path("teacher").isNull() || n.path("teacher").isMissingNode()
            ? "-"
            : n.get("teacher").asText());
  }
}
