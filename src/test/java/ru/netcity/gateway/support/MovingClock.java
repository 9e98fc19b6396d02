package ru.netcity.gateway.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that moves only when the test moves it. */
public final class MovingClock extends Clock {
  private volatile Instant now;

  public MovingClock(Instant start) {
    this.now = start;
  }

  public void advance(Duration step) {
    now = now.plus(step);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
