package ru.netcity.gateway.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Empties the outbox: each channel on its own thread claims its due rows in batches, asks the
 * consent register once more (a consent revoked since the row was stored: not sent, counted as held
 * for no consent), waits for the channel's limits and sends; a slow or rate-limited channel thus
 * never holds the others back (a pass takes the slowest channel's time, not the sum). Retries back
 * off from first-retry, doubling up to max-retry, or after the channel's own retry_after; a
 * permanent failure or the last attempt makes a dead letter. Logs name row ids and channels only.
 */
public final class Dispatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  private final Outbox outbox;
  private final Consents consents;
  private final ChannelApis apis;
  private final NotifyProperties settings;
  private final Clock clock;
  private final ZoneId schoolZone;
  private final Map<Channel, ChannelLimit> limits = new EnumMap<>(Channel.class);
  private final ExecutorService senders = Executors.newFixedThreadPool(Channel.values().length);

  public Dispatcher(
      Outbox outbox,
      Consents consents,
      NotifyProperties settings,
      ChannelTokens tokens,
      Transport transport,
      Clock clock,
      ZoneId schoolZone) {
    this.outbox = outbox;
    this.consents = consents;
    this.apis = new ChannelApis(settings, tokens, transport);
    this.settings = settings;
    this.clock = clock;
    this.schoolZone = schoolZone;
    limits.put(Channel.EMAIL, new ChannelLimit(settings.email().ratePerSecond(), Duration.ZERO));
    for (Channel c : List.of(Channel.TELEGRAM, Channel.MAX, Channel.SMS)) {
      NotifyProperties.Bot bot = bot(c);
      limits.put(c, new ChannelLimit(bot.ratePerSecond(), bot.perChatInterval()));
    }
  }

  /** What one pass did. */
  public record Report(int sent, int retrying, int dead, int heldNoConsent, int channelOff) {}

  /** The route's entry: one pass over what is due now. */
  public synchronized Report dispatchDue() {
    return dispatch(sent -> {}, true);
  }

  /**
   * Sends everything due now, each channel batch after batch until nothing of it is due.
   *
   * @param progress told the number sent so far after each message (from the channels' threads)
   * @param untilEmpty claim batch after batch until nothing due is left (else one batch a channel)
   */
  public synchronized Report dispatch(IntConsumer progress, boolean untilEmpty) {
    Tally tally = new Tally(progress);
    List<Future<?>> running = new ArrayList<>();
    for (Channel channel : Channel.values()) {
      running.add(senders.submit(() -> drain(channel, tally, untilEmpty)));
    }
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (InterruptedException e) {
        running.forEach(r -> r.cancel(true));
        Thread.currentThread().interrupt();
        throw new IllegalStateException("notify dispatch interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("notify dispatch failed: " + e.getCause(), e.getCause());
      }
    }
    Report report = tally.report();
    if (report.sent() + report.retrying() + report.dead() + report.heldNoConsent() > 0) {
      LOG.info("notify dispatch: {}", report);
    }
    return report;
  }

  /**
   * One channel's loop: claims its own due rows batch after batch, apart from the others. A batch
   * is at most what the channel's rate sends in half the claim, so a slow channel's last rows are
   * sent before their claim lapses (and another dispatcher could take them).
   */
  private void drain(Channel channel, Tally tally, boolean untilEmpty) {
    long perClaim = ratePerSecond(channel) * Math.max(1, settings.claimFor().toSeconds() / 2);
    int size = (int) Math.min(settings.batchSize(), perClaim);
    do {
      Instant now = clock.instant();
      List<Outgoing> batch = outbox.claimDue(channel, now, now.plus(settings.claimFor()), size);
      if (batch.isEmpty()) {
        return;
      }
      sendAll(channel, batch, tally);
    } while (untilEmpty && !Thread.currentThread().isInterrupted());
  }

  private void sendAll(Channel channel, List<Outgoing> messages, Tally tally) {
    LocalDate today = LocalDate.now(clock.withZone(schoolZone));
    boolean on = channel == Channel.EMAIL || bot(channel).enabled();
    for (Outgoing m : RoundRobin.byContact(messages)) {
      if (!on) {
        outbox.retryAt(m.id(), clock.instant().plus(settings.maxRetry()), channel + " is off");
        tally.channelOff.incrementAndGet();
      } else if (!consents.mayMessage(m.parentId(), m.studentId(), channel, today)) {
        outbox.dropWithoutConsent(m, today);
        tally.heldNoConsent.incrementAndGet();
      } else if (m.contact() == null || m.contact().isBlank()) {
        outbox.markDead(m, clock.instant(), "the parent has no contact for " + channel);
        tally.dead.incrementAndGet();
      } else {
        limits.get(channel).acquire(m.contact());
        record(m, attempt(m), tally);
      }
    }
  }

  private SendResult attempt(Outgoing m) {
    try {
      return apis.send(m);
    } catch (RuntimeException e) {
      // A connection refused, a timeout, an SMTP server away: worth another try.
      return SendResult.retry(m.channel() + " " + e.getClass().getSimpleName(), null);
    }
  }

  private void record(Outgoing m, SendResult result, Tally tally) {
    Instant now = clock.instant();
    switch (result.outcome()) {
      case SENT -> {
        outbox.markSent(m.id(), now);
        tally.progress.accept(tally.sent.incrementAndGet());
      }
      case RETRY -> {
        if (result.retryAfter() != null) {
          limits.get(m.channel()).pause(result.retryAfter());
        }
        if (m.attempts() + 1 >= settings.maxAttempts()) {
          outbox.markDead(m, now, result.error());
          tally.dead.incrementAndGet();
          LOG.warn("notify: message {} gave up after {} attempts", m.id(), m.attempts() + 1);
        } else {
          Duration wait = result.retryAfter() != null ? result.retryAfter() : backoff(m);
          outbox.retryAt(m.id(), now.plus(wait), result.error());
          tally.retrying.incrementAndGet();
        }
      }
      case PERMANENT -> {
        outbox.markDead(m, now, result.error());
        tally.dead.incrementAndGet();
        LOG.warn("notify: message {} failed for good on {}", m.id(), m.channel());
      }
    }
  }

  private Duration backoff(Outgoing m) {
    Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(m.attempts(), 20));
    return wait.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : wait;
  }

  private long ratePerSecond(Channel channel) {
    return channel == Channel.EMAIL
        ? settings.email().ratePerSecond()
        : bot(channel).ratePerSecond();
  }

  private NotifyProperties.Bot bot(Channel channel) {
    return switch (channel) {
      case TELEGRAM -> settings.telegram();
      case MAX -> settings.max();
      case SMS -> settings.sms();
      case EMAIL -> throw new IllegalArgumentException("e-mail is no bot");
    };
  }

  @Override
  public void close() {
    senders.shutdownNow();
  }

  private static final class Tally {
    final IntConsumer progress;
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger retrying = new AtomicInteger();
    final AtomicInteger dead = new AtomicInteger();
    final AtomicInteger heldNoConsent = new AtomicInteger();
    final AtomicInteger channelOff = new AtomicInteger();

    Tally(IntConsumer progress) {
      this.progress = progress;
    }

    Report report() {
      return new Report(
          sent.get(), retrying.get(), dead.get(), heldNoConsent.get(), channelOff.get());
    }
  }
}
