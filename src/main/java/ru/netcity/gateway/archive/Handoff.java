package ru.netcity.gateway.archive;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands the bytes of a large payload file to a thread of their own, which compresses, digests and
 * writes them: the database read and the JSON on one core, gzip, SHA-512 and the disks on the
 * other. Bounded, so a slow drive holds the reader back instead of filling the heap.
 */
final class Handoff extends OutputStream {
  private static final byte[] END = new byte[0];
  private static final int CHUNK = 1 << 16;

  private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(16);
  private final Thread writer;
  private final byte[] buffer = new byte[CHUNK];
  private int filled;
  private volatile IOException failure;
  private boolean closed;

  Handoff(OutputStream target, String name) {
    writer =
        new Thread(
            () -> {
              try (target) {
                for (byte[] chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                  target.write(chunk);
                }
              } catch (IOException e) {
                failure = e;
                chunks.clear();
              } catch (InterruptedException e) {
                failure = new InterruptedIOException("archive writer interrupted");
              }
            },
            "archive-writer-" + name);
    writer.setDaemon(true);
    writer.start();
  }

  @Override
  public void write(int b) throws IOException {
    if (filled == CHUNK) {
      pass();
    }
    buffer[filled++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      if (filled == CHUNK) {
        pass();
      }
      int n = Math.min(len, CHUNK - filled);
      System.arraycopy(b, off, buffer, filled, n);
      filled += n;
      off += n;
      len -= n;
    }
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    pass();
    put(END);
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the archive writer finished");
    }
    check();
  }

  private void pass() throws IOException {
    if (filled > 0) {
      put(Arrays.copyOf(buffer, filled));
      filled = 0;
    }
  }

  private void put(byte[] chunk) throws IOException {
    check();
    try {
      while (!chunks.offer(chunk, 1, java.util.concurrent.TimeUnit.SECONDS)) {
        check();
        if (!writer.isAlive()) {
          throw new IOException("the archive writer stopped");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the archive");
    }
  }

  private void check() throws IOException {
    if (failure != null) {
      throw new IOException("cannot write the archive file: " + failure.getMessage(), failure);
    }
  }
}
