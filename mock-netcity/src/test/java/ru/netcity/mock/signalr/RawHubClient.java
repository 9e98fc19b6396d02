package ru.netcity.mock.signalr;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** A bare java.net.http WebSocket that records what the hub sends, frame by frame. */
final class RawHubClient implements WebSocket.Listener, AutoCloseable {

  static final String RS = "\u001e";
  private static final int ABNORMAL_CLOSURE = 1006;

  private final StringBuilder received = new StringBuilder();
  private final List<String> messages = new ArrayList<>();
  private volatile boolean closed;
  private volatile int closeStatus = -1;
  private volatile Throwable error;
  private WebSocket socket;

  /** Opens the socket; fails with the handshake exception when the server refuses it. */
  static RawHubClient connect(int port, String pathAndQuery) throws Exception {
    RawHubClient client = new RawHubClient();
    client.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .buildAsync(URI.create("ws://127.0.0.1:" + port + pathAndQuery), client)
            .get(5, TimeUnit.SECONDS);
    return client;
  }

  void send(String text) {
    socket.sendText(text, true).join();
  }

  void handshake() {
    send("{\"protocol\":\"json\",\"version\":1}" + RS);
  }

  /** Complete frames received so far, without their separators. */
  synchronized List<String> frames() {
    String all = received.toString();
    int last = all.lastIndexOf(RS);
    return last < 0 ? List.of() : Arrays.asList(all.substring(0, last).split(RS, -1));
  }

  /** Frames without the keep-alive pings, whose timing tests should not depend on. */
  List<String> framesWithoutPings() {
    return frames().stream().filter(f -> !f.equals("{\"type\":6}")).toList();
  }

  synchronized List<String> messages() {
    return List.copyOf(messages);
  }

  /** Closed by a close frame or by a dropped connection. */
  boolean closed() {
    return closed || error != null;
  }

  /** 1006 is the status the JDK reports when the TCP connection ends without a close frame. */
  boolean closedWithoutCloseFrame() {
    return error != null || closeStatus == ABNORMAL_CLOSURE;
  }

  @Override
  public synchronized CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
    received.append(data);
    messages.add(data.toString());
    ws.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
    closeStatus = statusCode;
    closed = true;
    return null;
  }

  @Override
  public void onError(WebSocket ws, Throwable error) {
    this.error = error;
  }

  @Override
  public void close() {
    if (!closed()) {
      socket.abort();
    }
  }
}
