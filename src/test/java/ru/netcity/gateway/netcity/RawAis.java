package ru.netcity.gateway.netcity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bare HTTP/1.1 server on a {@link ServerSocket} for the faults WireMock cannot play exactly: an
 * answer whose headers come and whose body never does, or a body of 100 MB streamed as fast as the
 * client takes it. It counts what it wrote and the connections the client closed.
 */
final class RawAis implements AutoCloseable {
  /** Writes the answer to one request. */
  interface Answer {
    void write(RawAis stub, InputStream in, OutputStream out) throws IOException;
  }

  final AtomicLong bodyBytesWritten = new AtomicLong();
  final AtomicInteger closedByClient = new AtomicInteger();
  final AtomicInteger requests = new AtomicInteger();
  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private volatile Answer answer;

  RawAis(Answer answer) throws IOException {
    this.answer = answer;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.submit(this::accept);
  }

  URI origin() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  void answer(Answer next) {
    this.answer = next;
  }

  /** Headers and the first byte of a JSON body, then silence until the client hangs up. */
  static void stall(RawAis stub, InputStream in, OutputStream out) throws IOException {
    out.write(head("Content-Type: application/json\r\nContent-Length: 1000\r\n"));
    out.write('{');
    out.flush();
    try {
      in.read(); // blocks until the client gives up on the answer and closes the connection
    } catch (IOException e) {
      // reset by the client: closed as well
    }
    stub.closedByClient.incrementAndGet();
  }

  /** 100 MB of JSON-ish bytes without a declared length, as fast as the client reads. */
  static void flood(RawAis stub, InputStream in, OutputStream out) throws IOException {
    out.write(head("Content-Type: application/json\r\nConnection: close\r\n"));
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, (byte) ' ');
    try {
      for (long sent = 0; sent < 100L << 20; sent += chunk.length) {
        out.write(chunk);
        stub.bodyBytesWritten.addAndGet(chunk.length);
      }
    } catch (IOException e) {
      stub.closedByClient.incrementAndGet();
    }
  }

  /** A small JSON answer. */
  static void ok(RawAis stub, InputStream in, OutputStream out) throws IOException {
    byte[] body = "{\"id\":310}".getBytes(StandardCharsets.UTF_8);
    out.write(head("Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n"));
    out.write(body);
    out.flush();
  }

  private static byte[] head(String headers) {
    return ("HTTP/1.1 200 OK\r\n" + headers + "\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        threads.submit(() -> serve(socket));
      } catch (IOException e) {
        return;
      }
    }
  }

  private Void serve(Socket socket) throws IOException {
    try (socket) {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      while (readHead(in)) {
        requests.incrementAndGet();
        answer.write(this, in, out);
      }
    }
    return null;
  }

  /** Reads one request's head (the client sends GETs without a body); false at the end. */
  private static boolean readHead(InputStream in) throws IOException {
    int matched = 0;
    for (int b = in.read(); b >= 0; b = in.read()) {
      matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
      if (matched == 4) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    server.close();
    threads.shutdownNow();
  }
}
