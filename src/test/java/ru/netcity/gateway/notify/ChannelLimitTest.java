package ru.netcity.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChannelLimitTest {
  @Test
  void messagesAreSpacedByTheRateAndByTheChatInterval() {
    ChannelLimit limit = new ChannelLimit(20, Duration.ofMillis(300));
    long start = System.nanoTime();
    for (int chat = 0; chat < 10; chat++) {
      limit.acquire("chat" + chat);
    }
    long tenChats = System.nanoTime() - start;
    // 10 messages at 20/s: the tenth waits 9 slots of 50 ms.
    assertThat(Duration.ofNanos(tenChats))
        .isBetween(Duration.ofMillis(440), Duration.ofMillis(900));

    start = System.nanoTime();
    limit.acquire("same");
    limit.acquire("same");
    limit.acquire("same");
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(590));
  }

  @Test
  void a429PausesTheWholeChannel() {
    ChannelLimit limit = new ChannelLimit(1000, Duration.ZERO);
    limit.pause(Duration.ofMillis(400));
    long start = System.nanoTime();
    limit.acquire("any");
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(390));
  }
}
