package ru.netcity.gateway.netcity.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one report on {@code /webapi/signalr/queueHub}: opens the socket and does the handshake,
 * then queues the report (the caller's {@link Queue}), then invokes the hub method of the server's
 * version ({@link HubMethod}: {@code startTaskAsync [taskId, queueKey]} or {@code startTask
 * [taskId, "report-v2"]}) and waits for the {@code complete} frame whose {@code data} is the file
 * id (netcity-api.md §2.2, §2.2.1). Opening the socket first is what 5.4x servers expect and harms
 * no older one. Frames are JSON terminated by the record separator 0x1E.
 */
public final class QueueHubClient {
  static final char RS = '\u001e';
  static final String HANDSHAKE = "{\"protocol\":\"json\",\"version\":1}" + RS;

  /** What the queue call answered: the task id and, on 5.4x, the queue key. */
  public record Queued(long taskId, String queueKey) {}

  /** Queues the report once the socket is ready. */
  @FunctionalInterface
  public interface Queue {
    Queued queue();
  }

  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();
  private final long maxBuffer;

  /**
   * @param maxBuffer characters of frames the client holds at once; a longer frame is {@link
   *     Oversized}
   */
  public QueueHubClient(Duration connectTimeout, long maxBuffer) {
    this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    this.maxBuffer = maxBuffer;
  }

  /** The hub address the AIS ≥ 5.32 serves, derived from the origin. */
  static URI hubUri(URI origin, String at) {
    String ws = origin.toString().replaceFirst("^http", "ws");
    return URI.create(
        ws + "/webapi/signalr/queueHub?at=" + URLEncoder.encode(at, StandardCharsets.UTF_8));
  }

  /**
   * Returns the file id of the finished task.
   *
   * @throws HubException when the hub refuses, reports an error or drops the connection
   * @throws TimeoutException when no {@code complete} arrives in time
   */
  public String awaitFile(URI origin, String at, HubMethod method, Queue queue, Duration timeout)
      throws TimeoutException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    CompletableFuture<String> file = new CompletableFuture<>();
    Frames frames = new Frames(file);
    CompletableFuture<WebSocket> connecting =
        http.newWebSocketBuilder().connectTimeout(timeout).buildAsync(hubUri(origin, at), frames);
    WebSocket socket;
    try {
      socket = connecting.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof WebSocketHandshakeException refused
          && refused.getResponse().statusCode() == 401) {
        throw new Unauthorized();
      }
      throw new HubException("cannot connect to the report hub: " + e.getCause());
    } catch (TimeoutException | InterruptedException e) {
      connecting.cancel(true);
      throw e;
    }
    try {
      await(CompletableFuture.anyOf(frames.handshake, file), deadline);
      Queued queued = queue.queue();
      if (method == HubMethod.START_TASK_ASYNC && queued.queueKey() == null) {
        throw new HubException("the queue answer has no queueKey for startTaskAsync");
      }
      frames.taskId = queued.taskId();
      String second =
          method == HubMethod.START_TASK_ASYNC
              ? json.getNodeFactory().textNode(queued.queueKey()).toString()
              : "\"report-v2\"";
      String invocation =
          "{\"arguments\":["
              + queued.taskId()
              + ","
              + second
              + "],\"invocationId\":\"0\",\"target\":\""
              + method.target()
              + "\",\"type\":1}"
              + RS;
      // A WebSocket takes one send at a time: the invocation waits for the handshake's send.
      frames
          .handshakeSent
          .thenCompose(ws -> ws.sendText(invocation, true))
          .whenComplete(
              (ws, error) -> {
                if (error != null) {
                  file.completeExceptionally(new HubException("cannot start the task: " + error));
                }
              });
      return (String) await(file, deadline);
    } finally {
      socket.abort();
    }
  }

  private static Object await(CompletableFuture<?> future, long deadline)
      throws TimeoutException, InterruptedException {
    try {
      return future.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof HubException hub
          ? hub
          : new HubException(e.getCause().toString());
    }
  }

  /** Reads the server's frames: the handshake's answer, then the task's completion. */
  private final class Frames implements WebSocket.Listener {
    private final CompletableFuture<String> file;
    private final CompletableFuture<Boolean> handshake = new CompletableFuture<>();
    private final StringBuilder buffer = new StringBuilder();
    private volatile CompletableFuture<WebSocket> handshakeSent;
    private volatile long taskId = -1;

    Frames(CompletableFuture<String> file) {
      this.file = file;
    }

    @Override
    public void onOpen(WebSocket socket) {
      // Sent here, before any frame can arrive, so the answer always finds the send recorded.
      handshakeSent = socket.sendText(HANDSHAKE, true);
      socket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      if (buffer.length() + (long) data.length() > maxBuffer) {
        buffer.setLength(0);
        file.completeExceptionally(new Oversized(maxBuffer));
        socket.abort();
        return null;
      }
      buffer.append(data);
      for (int end = buffer.indexOf(String.valueOf(RS));
          end >= 0;
          end = buffer.indexOf(String.valueOf(RS))) {
        String frame = buffer.substring(0, end);
        buffer.delete(0, end + 1);
        try {
          handle(frame);
        } catch (RuntimeException e) {
          file.completeExceptionally(new HubException("cannot handle a hub frame: " + e));
        }
      }
      socket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
      file.completeExceptionally(new HubException("the hub closed the connection before complete"));
      return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
      // The JDK reports a connection dropped without a close frame as an error here.
      file.completeExceptionally(
          new HubException("the hub dropped the connection before complete (" + error + ")"));
    }

    private void handle(String text) {
      JsonNode frame;
      try {
        frame = json.readTree(text);
      } catch (Exception e) {
        file.completeExceptionally(new HubException("the hub sent a frame that is not JSON"));
        return;
      }
      int type = frame.path("type").asInt();
      if (frame.hasNonNull("error")) {
        file.completeExceptionally(new HubException(frame.get("error").asText()));
      } else if (!handshake.isDone()) {
        handshake.complete(true);
      } else if (type == 3
          && frame.path("result").path("success").isBoolean()
          && !frame.path("result").path("success").asBoolean()) {
        String message = frame.path("result").path("message").asText("the hub refused the task");
        file.completeExceptionally(new HubException(message));
      } else if (type == 1
          && "complete".equalsIgnoreCase(frame.path("target").asText())
          && frame.path("arguments").path(0).path("taskId").asLong() == taskId) {
        file.complete(frame.path("arguments").path(0).path("data").asText());
      } else if (type == 7) {
        file.completeExceptionally(new HubException("the hub closed the session"));
      }
    }
  }

  /** The hub refused the task, reported an error or went away. */
  public static class HubException extends RuntimeException {
    public HubException(String message) {
      super(message);
    }
  }

  /** The hub refused the socket with 401: the session's token is no longer valid. */
  public static final class Unauthorized extends HubException {
    public Unauthorized() {
      super("the report hub refused the session (401)");
    }
  }

  /** The hub sent more than the buffer holds without ending a frame. */
  public static final class Oversized extends HubException {
    public Oversized(long maxBuffer) {
      super("a hub frame longer than " + maxBuffer + " characters");
    }
  }
}
