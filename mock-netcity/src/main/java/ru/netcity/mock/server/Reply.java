package ru.netcity.mock.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.Map;

/** Builders for the answers the AIS gives: JSON, plain text, HTML and bare statuses. */
public final class Reply {
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private Reply() {}

  public static ResponseDefinitionBuilder json(Object body) {
    return json(200, body);
  }

  public static ResponseDefinitionBuilder json(int status, Object body) {
    try {
      return new ResponseDefinitionBuilder()
          .withStatus(status)
          .withHeader("Content-Type", "application/json; charset=utf-8")
          .withBody(JSON.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + body.getClass(), e);
    }
  }

  /** The error shape of the AIS: {@code {"message": "..."}} with a Russian text. */
  public static ResponseDefinitionBuilder message(int status, String message) {
    return json(status, Map.of("message", message));
  }

  public static ResponseDefinitionBuilder text(String body) {
    return new ResponseDefinitionBuilder()
        .withStatus(200)
        .withHeader("Content-Type", "text/plain; charset=utf-8")
        .withBody(body);
  }

  public static ResponseDefinitionBuilder html(int status, String body) {
    return new ResponseDefinitionBuilder()
        .withStatus(status)
        .withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody(body);
  }

  public static ResponseDefinitionBuilder status(int status) {
    return new ResponseDefinitionBuilder().withStatus(status);
  }
}
