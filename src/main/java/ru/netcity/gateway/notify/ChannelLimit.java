package ru.netcity.gateway.notify;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * A channel's published limits: at most {@code ratePerSecond} messages a second (evenly spaced), at
 * least {@code perChat} between two messages to one chat, and a pause of the whole channel after a
 * 429. {@link #acquire} parks the calling sender thread until its message may go.
 */
final class ChannelLimit {
  private static final int REMEMBERED_CHATS = 10_000;

  private final long spacingNanos;
  private final long perChatNanos;
  private final Map<String, Long> lastPerChat =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
          return size() > REMEMBERED_CHATS;
        }
      };
  private long nextSlot = System.nanoTime();
  private long pausedUntil = System.nanoTime();

  ChannelLimit(int ratePerSecond, Duration perChat) {
    this.spacingNanos = 1_000_000_000L / ratePerSecond;
    this.perChatNanos = perChat.toNanos();
  }

  /** Waits for the next slot of the channel and of this chat. */
  void acquire(String chat) {
    long at;
    synchronized (this) {
      long channelAt = Math.max(Math.max(System.nanoTime(), nextSlot), pausedUntil);
      nextSlot = channelAt + spacingNanos;
      at = channelAt;
      if (perChatNanos > 0) {
        Long last = lastPerChat.get(chat);
        if (last != null) {
          at = Math.max(at, last + perChatNanos);
        }
        lastPerChat.put(chat, at);
      }
    }
    for (long wait = at - System.nanoTime(); wait > 0; wait = at - System.nanoTime()) {
      LockSupport.parkNanos(wait);
    }
  }

  /** The channel answered 429: nothing goes out on it before {@code after} has passed. */
  synchronized void pause(Duration after) {
    pausedUntil = Math.max(pausedUntil, System.nanoTime() + after.toNanos());
  }
}
