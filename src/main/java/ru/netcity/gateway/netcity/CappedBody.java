package ru.netcity.gateway.netcity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads an answer's body into memory up to a size cap, counting as it streams: a larger answer (or
 * one whose {@code Content-Length} says so) is cancelled at once and fails with {@link TooLarge}.
 * {@link #abort()} ends a body still arriving when the call's deadline passes.
 */
final class CappedBody implements HttpResponse.BodyHandler<byte[]> {
  /** The answer is longer than the cap. */
  static final class TooLarge extends IOException {
    TooLarge(long limit) {
      super("an answer larger than " + limit + " bytes");
    }
  }

  private final long limit;
  private volatile Reader reader;
  private volatile boolean aborted;

  CappedBody(long limit) {
    this.limit = limit;
  }

  @Override
  public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    Reader body = new Reader(declared > limit);
    reader = body;
    if (aborted) {
      body.fail(new IOException("the call's deadline passed"));
    }
    return body;
  }

  /** Cancels the body if it is still arriving (the connection closes). */
  void abort() {
    aborted = true;
    Reader body = reader;
    if (body != null) {
      body.fail(new IOException("the call's deadline passed"));
    }
  }

  private final class Reader implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final boolean declaredTooLarge;
    private volatile Flow.Subscription subscription;
    private long size;

    Reader(boolean declaredTooLarge) {
      this.declaredTooLarge = declaredTooLarge;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (declaredTooLarge) {
        fail(new TooLarge(limit));
      } else if (result.isDone()) {
        s.cancel();
      } else {
        s.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        if (result.isDone()) {
          return;
        }
        size += buffer.remaining();
        if (size > limit) {
          fail(new TooLarge(limit));
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }

    void fail(IOException why) {
      if (result.completeExceptionally(why)) {
        Flow.Subscription s = subscription;
        if (s != null) {
          s.cancel();
        }
      }
    }
  }
}
