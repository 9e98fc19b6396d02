package ru.netcity.gateway.notify;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * When a message falls due, in school time: at once, or at the evening digest for a parent who
 * chose it; never in the parent's quiet hours (it waits until they end); and past the parent's
 * daily cap on a channel, on the next day's morning. Stored times are UTC.
 */
final class Schedule {
  private final ZoneId zone;
  private final LocalTime digestAt;

  Schedule(ZoneId zone, LocalTime digestAt) {
    this.zone = zone;
    this.digestAt = digestAt;
  }

  /** The school-time moment of a UTC time. */
  LocalDateTime local(LocalDateTime utc) {
    return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
  }

  LocalDateTime utc(LocalDateTime local) {
    return local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }

  /** School time at which a message created at {@code createdLocal} falls due. */
  LocalDateTime due(LocalDateTime createdLocal, Preferences p) {
    LocalDateTime due = createdLocal;
    if (p.digest()) {
      due = createdLocal.toLocalDate().atTime(digestAt);
      if (due.isBefore(createdLocal)) {
        due = due.plusDays(1);
      }
    }
    return outOfQuietHours(due, p);
  }

  /** The next morning after {@code day}: the first moment of the next day out of quiet hours. */
  LocalDateTime nextMorning(LocalDate day, Preferences p) {
    return outOfQuietHours(day.plusDays(1).atStartOfDay(), p);
  }

  private static LocalDateTime outOfQuietHours(LocalDateTime t, Preferences p) {
    if (!p.quiet(t.toLocalTime())) {
      return t;
    }
    LocalDateTime end = t.toLocalDate().atTime(p.quietTo());
    return end.isAfter(t) ? end : end.plusDays(1);
  }
}
