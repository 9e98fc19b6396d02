package ru.netcity.gateway.sync;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The run lock of one school across processes: a row of {@code sync_lease} (V10), the same on H2
 * and PostgreSQL. The holder renews it every third of its time to live while the run lasts and
 * deletes it at the end. A lease that expired, or whose holder was a process of this host that is
 * gone (killed), is taken over; any other is refused with {@link SyncBusyException}.
 */
final class SyncLease {
  private static final Logger LOG = LoggerFactory.getLogger(SyncLease.class);

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Duration ttl;
  private final String holder;

  /**
   * @param holder who takes the lease: {@link #thisProcess()}, or a name of the test's choosing
   */
  SyncLease(DataSource dataSource, Clock clock, Duration ttl, String holder) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.clock = clock;
    this.ttl = ttl;
    this.holder = holder;
  }

  /** {@code pid@host/tag}: the tag tells two leases of one process apart. */
  static String thisProcess() {
    return ProcessHandle.current().pid()
        + "@"
        + host()
        + "/"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Takes the school's lease, or throws {@link SyncBusyException} when someone else holds it. */
  Held acquire(int schoolId) {
    Row current = null;
    for (int attempt = 0; attempt < 4; attempt++) {
      LocalDateTime now = now();
      if (insert(schoolId, now)) {
        return new Held(schoolId);
      }
      current = read(schoolId);
      if (current == null) {
        continue; // released in between: insert again
      }
      boolean expired = !current.expiresAt().isAfter(now);
      if (!expired && !gone(current.holder())) {
        break;
      }
      if (takeOver(schoolId, current, now)) {
        LOG.warn(
            "sync of school {}: took over the run lock of {} ({})",
            schoolId,
            current.holder(),
            expired ? "expired at " + current.expiresAt() + " UTC" : "its process is gone");
        return new Held(schoolId);
      }
      // another process took it over first: look again
    }
    if (current == null) {
      throw new IllegalStateException("cannot take the run lock of school " + schoolId);
    }
    throw new SyncBusyException(schoolId, current.holder(), current.expiresAt());
  }

  private boolean insert(int schoolId, LocalDateTime now) {
    try {
      jdbc.update(
          "INSERT INTO sync_lease (school_id, holder, acquired_at, expires_at) VALUES (?, ?, ?, ?)",
          schoolId,
          holder,
          now,
          now.plus(ttl));
      return true;
    } catch (DuplicateKeyException held) {
      return false;
    }
  }

  private Row read(int schoolId) {
    return jdbc
        .query(
            "SELECT holder, expires_at FROM sync_lease WHERE school_id = ?",
            (rs, n) ->
                new Row(rs.getString("holder"), rs.getObject("expires_at", LocalDateTime.class)),
            schoolId)
        .stream()
        .findFirst()
        .orElse(null);
  }

  private boolean takeOver(int schoolId, Row current, LocalDateTime now) {
    return jdbc.update(
            "UPDATE sync_lease SET holder = ?, acquired_at = ?, expires_at = ?"
                + " WHERE school_id = ? AND holder = ? AND expires_at = ?",
            holder,
            now,
            now.plus(ttl),
            schoolId,
            current.holder(),
            current.expiresAt())
        == 1;
  }

  /** A holder on this host whose process no longer runs (killed before it could release). */
  static boolean gone(String other) {
    int at = other.indexOf('@');
    int slash = other.indexOf('/', at + 1);
    if (at <= 0 || slash < 0 || !other.substring(at + 1, slash).equals(host())) {
      return false;
    }
    try {
      return ProcessHandle.of(Long.parseLong(other.substring(0, at)))
          .map(p -> !p.isAlive())
          .orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** UTC, to the millisecond both databases keep, so the compare-and-set above matches. */
  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  private record Row(String holder, LocalDateTime expiresAt) {}

  /** A held lease: renewed in the background until closed. */
  final class Held implements AutoCloseable {
    private final int schoolId;
    private final ScheduledExecutorService renewer;

    private Held(int schoolId) {
      this.schoolId = schoolId;
      this.renewer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "sync-lease-" + schoolId);
                t.setDaemon(true);
                return t;
              });
      long every = Math.max(1, ttl.toMillis() / 3);
      renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /** Extends the lease; false when it was lost (expired and taken over by another process). */
    boolean renew() {
      try {
        boolean kept =
            jdbc.update(
                    "UPDATE sync_lease SET expires_at = ? WHERE school_id = ? AND holder = ?",
                    now().plus(ttl),
                    schoolId,
                    holder)
                == 1;
        if (!kept) {
          LOG.error("sync of school {}: the run lock was lost to another process", schoolId);
        }
        return kept;
      } catch (RuntimeException e) {
        LOG.warn("sync of school {}: cannot renew the run lock: {}", schoolId, e.getMessage());
        return false;
      }
    }

    /** Ends the renewal and keeps the row: what a killed process leaves behind. */
    void stopRenewing() {
      renewer.shutdownNow();
    }

    @Override
    public void close() {
      stopRenewing();
      jdbc.update("DELETE FROM sync_lease WHERE school_id = ? AND holder = ?", schoolId, holder);
    }
  }
}
