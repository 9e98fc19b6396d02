package ru.netcity.mock.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import ru.netcity.mock.MockClock;
import ru.netcity.mock.server.BadRequest;
import ru.netcity.mock.server.Call;
import ru.netcity.mock.server.Reply;

/**
 * Test control outside {@code /webapi}: {@code GET /__mock/clock} → {@code {"at": "…"}} (null after
 * the end of the year), {@code POST /__mock/clock {"at": "2025-10-06T02:30"}} moves the clock
 * (school time, Asia/Tomsk; null puts it after the year). No token needed.
 */
final class ClockEndpoint {
  private final MockClock clock;

  ClockEndpoint(MockClock clock) {
    this.clock = clock;
  }

  ResponseDefinitionBuilder get(Call call) {
    return answer();
  }

  ResponseDefinitionBuilder set(Call call) {
    JsonNode body;
    try {
      body = call.json();
    } catch (RuntimeException e) {
      throw new BadRequest("body must be JSON {\"at\": \"2025-10-06T02:30\"}");
    }
    if (body == null || !body.isObject() || !body.has("at")) {
      throw new BadRequest("body must be JSON {\"at\": \"2025-10-06T02:30\"} (school time)");
    }
    JsonNode at = body.get("at");
    if (at.isNull()) {
      clock.set(null);
    } else if (!at.isTextual()) {
      throw new BadRequest("\"at\" must be a school-local date-time like 2025-10-06T02:30");
    } else {
      try {
        clock.set(LocalDateTime.parse(at.asText()));
      } catch (DateTimeParseException e) {
        throw new BadRequest(
            "\"at\" must be a school-local date-time like 2025-10-06T02:30, got '"
                + at.asText()
                + "'");
      }
    }
    return answer();
  }

  private ResponseDefinitionBuilder answer() {
    Map<String, Object> body = new HashMap<>();
    body.put("at", clock.now().map(LocalDateTime::toString).orElse(null));
    return Reply.json(body);
  }
}
