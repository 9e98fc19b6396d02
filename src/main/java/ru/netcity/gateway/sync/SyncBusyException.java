package ru.netcity.gateway.sync;

import java.time.LocalDateTime;

/** Another process (or another job in this one) is syncing the school: this sync is refused. */
public final class SyncBusyException extends IllegalStateException {
  private final int schoolId;
  private final String holder;
  private final LocalDateTime expiresAt;

  SyncBusyException(int schoolId, String holder, LocalDateTime expiresAt) {
    super(
        "a sync of school "
            + schoolId
            + " is already running ("
            + holder
            + ", lease until "
            + expiresAt
            + " UTC); this one is refused");
    this.schoolId = schoolId;
    this.holder = holder;
    this.expiresAt = expiresAt;
  }

  public int schoolId() {
    return schoolId;
  }

  /** The process holding the school's run lock: {@code pid@host/tag}. */
  public String holder() {
    return holder;
  }

  /** UTC; the lock is free at the latest then, unless its holder renews it. */
  public LocalDateTime expiresAt() {
    return expiresAt;
  }
}
