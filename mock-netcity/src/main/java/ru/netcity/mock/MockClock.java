package ru.netcity.mock;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import ru.netcity.mock.school.School;

/**
 * The moment (school time, Asia/Tomsk) the mock AIS stands at. Empty: after the end of the year,
 * the final state, as the mock was before it had a clock. Moves forward or back at any time; every
 * request is answered as of the clock when it arrives.
 */
public final class MockClock {
  private final AtomicReference<LocalDateTime> at;

  public MockClock(Optional<LocalDateTime> start) {
    this.at = new AtomicReference<>(start.orElse(null));
  }

  public Optional<LocalDateTime> now() {
    return Optional.ofNullable(at.get());
  }

  /** Sets the moment; null puts the mock after the end of the year. */
  public void set(LocalDateTime moment) {
    at.set(moment);
  }

  /** The school as the AIS shows it now. */
  public School view(School school) {
    LocalDateTime moment = at.get();
    return moment == null ? school.base() : school.base().at(moment);
  }
}
