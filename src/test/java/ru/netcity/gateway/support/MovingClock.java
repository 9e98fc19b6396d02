package ru.netcity.gateway.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when the test moves it; UTC unless taken {@link #withZone} another zone,
 * which gives a view that moves with it (so {@code LocalDate.now(clock.withZone(school))} is the
 * school's date).
 */
public final class MovingClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public MovingClock(Instant start) {
    this(new AtomicReference<>(start), ZoneOffset.UTC);
  }

  private MovingClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  public void advance(Duration step) {
    now.updateAndGet(t -> t.plus(step));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new MovingClock(now, newZone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
