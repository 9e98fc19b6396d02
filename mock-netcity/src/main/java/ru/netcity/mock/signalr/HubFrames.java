package ru.netcity.mock.signalr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Frames of the ASP.NET Core SignalR JSON hub protocol, each already terminated by the record
 * separator. Keys are written in the order the real server writes them, so tests can pin them.
 */
final class HubFrames {

  static final char RECORD_SEPARATOR = '\u001e';
  static final int INVOCATION = 1;
  static final int COMPLETION = 3;
  static final int STREAM_INVOCATION = 4;
  static final int PING = 6;
  static final int CLOSE = 7;

  private static final ObjectMapper JSON = new ObjectMapper();

  private HubFrames() {}

  static JsonNode parse(String frame) throws JsonProcessingException {
    return JSON.readTree(frame);
  }

  static String handshakeOk() {
    return "{}" + RECORD_SEPARATOR;
  }

  static String handshakeError(String error) {
    return write(JSON.createObjectNode().put("error", error));
  }

  /** The result LE and VK expect from {@code startTask}: {@code {success, message}}. */
  static String completionOk(String invocationId) {
    ObjectNode frame = JSON.createObjectNode().put("type", COMPLETION);
    frame.put("invocationId", invocationId);
    frame.putObject("result").put("success", true).putNull("message");
    return write(frame);
  }

  static String completionError(String invocationId, String error) {
    ObjectNode frame = JSON.createObjectNode().put("type", COMPLETION);
    return write(frame.put("invocationId", invocationId).put("error", error));
  }

  static String progress(long taskId, String status) {
    ObjectNode frame = invocation("progress");
    frame.putArray("arguments").addObject().put("taskId", taskId).put("status", status);
    return write(frame);
  }

  static String complete(long taskId, String fileId, String componentId) {
    ObjectNode frame = invocation("complete");
    ObjectNode argument = frame.putArray("arguments").addObject().put("taskId", taskId);
    argument.put("data", fileId).put("componentId", componentId);
    return write(frame);
  }

  static String ping() {
    return write(JSON.createObjectNode().put("type", PING));
  }

  /** A close frame after a protocol error; reconnecting would hit the same error. */
  static String closeWithError(String error) {
    ObjectNode frame = JSON.createObjectNode().put("type", CLOSE).put("error", error);
    return write(frame.put("allowReconnect", false));
  }

  private static ObjectNode invocation(String target) {
    return JSON.createObjectNode().put("type", INVOCATION).put("target", target);
  }

  private static String write(JsonNode frame) {
    try {
      return JSON.writeValueAsString(frame) + RECORD_SEPARATOR;
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
