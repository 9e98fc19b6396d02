package ru.netcity.mock.signalr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

/**
 * One client connection speaking the JSON hub protocol. Jetty delivers messages one at a time, so
 * the parsing state needs no locking; sends are synchronized because the shared scheduler sends
 * progress, completion and pings from another thread and frame order must hold.
 *
 * <p>Public only because Jetty binds listener methods through method handles and refuses non-public
 * classes; the constructor stays package-private.
 */
public final class HubSession implements Session.Listener.AutoDemanding {

  private final QueueHub hub;
  private final Duration keepAlive;
  // A message may hold several frames and a frame may span messages.
  private final StringBuilder pending = new StringBuilder();
  private boolean handshakeDone;
  private volatile boolean closing;
  private volatile Session session;
  private volatile ScheduledFuture<?> pings;

  HubSession(QueueHub hub, Duration keepAlive) {
    this.hub = hub;
    this.keepAlive = keepAlive;
  }

  @Override
  public void onWebSocketOpen(Session session) {
    this.session = session;
  }

  @Override
  public void onWebSocketText(String message) {
    pending.append(message);
    int end;
    while (!closing && (end = pending.indexOf("" + HubFrames.RECORD_SEPARATOR)) >= 0) {
      String frame = pending.substring(0, end);
      pending.delete(0, end + 1);
      onFrame(frame);
    }
  }

  @Override
  public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
    // JSON is UTF-8 text even when a client picks the Binary transfer format.
    onWebSocketText(StandardCharsets.UTF_8.decode(payload).toString());
    callback.succeed();
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason) {
    stopPings();
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    stopPings();
  }

  private void onFrame(String text) {
    JsonNode frame;
    try {
      frame = HubFrames.parse(text);
    } catch (JsonProcessingException e) {
      fail(handshakeDone ? HubFrames.closeWithError("Invalid JSON frame") : invalidHandshake());
      return;
    }
    if (!handshakeDone) {
      handshake(frame);
      return;
    }
    String invocationId =
        frame.hasNonNull("invocationId") ? frame.get("invocationId").asText() : null;
    switch (frame.path("type").asInt(-1)) {
      case HubFrames.INVOCATION ->
          hub.invoke(this, invocationId, frame.path("target").asText(""), frame.path("arguments"));
      case HubFrames.STREAM_INVOCATION ->
          complete(invocationId, HubFrames.completionError(invocationId, "Streams not supported"));
      case HubFrames.CLOSE -> close();
      default -> {
        // Pings only keep the client alive; cancel/ack/sequence do not apply to report clients.
      }
    }
  }

  private void handshake(JsonNode frame) {
    String protocol = frame.path("protocol").asText("");
    int version = frame.path("version").asInt(-1);
    if (!"json".equals(protocol)) {
      fail(HubFrames.handshakeError("The protocol '" + protocol + "' is not supported."));
    } else if (version < 1 || version > 2) {
      String error = "The server does not support version " + version + " of the 'json' protocol.";
      fail(HubFrames.handshakeError(error));
    } else {
      handshakeDone = true;
      send(HubFrames.handshakeOk());
      pings = hub.every(keepAlive, () -> send(HubFrames.ping()));
    }
  }

  private static String invalidHandshake() {
    return HubFrames.handshakeError("Handshake request is not valid JSON.");
  }

  /** Sends a completion unless the invocation was fire-and-forget (no invocationId). */
  void complete(String invocationId, String completionFrame) {
    if (invocationId != null) {
      send(completionFrame);
    }
  }

  synchronized void send(String frame) {
    Session current = session;
    if (current != null && current.isOpen() && !closing) {
      current.sendText(frame, Callback.NOOP);
    }
  }

  /** Closes the TCP connection without a close frame: the fault a flaky server produces. */
  synchronized void drop() {
    closing = true;
    stopPings();
    Session current = session;
    if (current != null) {
      current.disconnect();
    }
  }

  private synchronized void fail(String lastFrame) {
    send(lastFrame);
    close();
  }

  private synchronized void close() {
    closing = true;
    stopPings();
    session.close(StatusCode.NORMAL, null, Callback.NOOP);
  }

  private void stopPings() {
    ScheduledFuture<?> current = pings;
    if (current != null) {
      current.cancel(false);
    }
  }
}
