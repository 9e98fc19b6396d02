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
 * Empties the outbox: claims the due rows in batches, asks the consent register once more (a
 * consent revoked since the row was stored: not sent, counted as held for no consent), waits for
 * each channel's limits and sends; a channel's batch runs on its own thread, so a slow channel does
 * not hold the others. Retries back off from first-retry, doubling up to max-retry, or after the
 * channel's own retry_after; a permanent failure or the last attempt makes a dead letter. Logs name
 * row ids and channels only.
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
   * Sends everything due now, batch after batch, until nothing due is left.
   *
   * @param progress told the number sent so far after each message
   * @param untilEmpty claim batch after batch until nothing due is left (else one batch)
   */
  public synchronized Report dispatch(IntConsumer progress, boolean untilEmpty) {
    Tally tally = new Tally(progress);
    while (true) {
      Instant now = clock.instant();
      List<Outgoing> batch =
          outbox.claimDue(now, now.plus(settings.claimFor()), settings.batchSize());
      if (batch.isEmpty()) {
        break;
      }
      Map<Channel, List<Outgoing>> byChannel = new EnumMap<>(Channel.class);
      batch.forEach(m -> byChannel.computeIfAbsent(m.channel(), c -> new ArrayList<>()).add(m));
      List<Future<?>> running = new ArrayList<>();
      byChannel.forEach(
          (channel, messages) ->
              running.add(senders.submit(() -> sendAll(channel, messages, tally))));
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("notify dispatch interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("notify dispatch failed: " + e.getCause(), e.getCause());
        }
      }
      if (!untilEmpty) {
        break;
      }
    }
    Report report = tally.report();
    if (report.sent() + report.retrying() + report.dead() + report.heldNoConsent() > 0) {
      LOG.info("notify dispatch: {}", report);
    }
    return report;
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
