package ru.netcity.gateway.netcity;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-flight slots of each host across replicas: slot {@code s} of a host is the PostgreSQL
 * session advisory lock {@code (key(host), s)}, held on a connection of its own while the request
 * is in flight. A session lock dies with its connection, so a replica that is killed, or whose
 * connection breaks, frees its slots at once: no lease to expire, no row left behind. (Bucket4j
 * meters rates, not concurrency, and a row-based counter would keep a dead replica's slots.) A
 * waiter tries every slot, then gives its connection back and backs off (20 ms doubling to 100 ms,
 * with jitter) until its deadline.
 */
final class HostSlots {
  private static final Logger LOG = LoggerFactory.getLogger(HostSlots.class);
  private static final long FIRST_BACKOFF = Duration.ofMillis(20).toNanos();
  private static final long LAST_BACKOFF = Duration.ofMillis(100).toNanos();

  private final DataSource db;
  private final int slots;

  HostSlots(DataSource db, int slots) {
    this.db = db;
    this.slots = slots;
  }

  /** The first class id of a host's locks: a hash of its key in a namespace of ours. */
  static int lockKey(String host) {
    CRC32 crc = new CRC32();
    crc.update(("netcity-budget:" + host).getBytes(StandardCharsets.UTF_8));
    return (int) crc.getValue();
  }

  /**
   * A free slot of {@code host}, waiting until {@code deadline} ({@link System#nanoTime()}); null
   * when none came free by then.
   */
  Slot take(String host, long deadline) throws InterruptedException {
    int key = lockKey(host);
    for (long backoff = FIRST_BACKOFF; ; backoff = Math.min(2 * backoff, LAST_BACKOFF)) {
      Slot slot = tryTake(host, key);
      if (slot != null) {
        return slot;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      long jitter = ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
      LockSupport.parkNanos(Math.min(backoff / 2 + jitter, left));
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
    }
  }

  private Slot tryTake(String host, int key) {
    int first = ThreadLocalRandom.current().nextInt(slots);
    Connection connection = null;
    try {
      connection = db.getConnection();
      try (PreparedStatement lock =
          connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
        for (int i = 0; i < slots; i++) {
          int slot = (first + i) % slots;
          lock.setInt(1, key);
          lock.setInt(2, slot);
          try (ResultSet rs = lock.executeQuery()) {
            if (rs.next() && rs.getBoolean(1)) {
              Slot taken = new Slot(connection, key, slot);
              connection = null;
              return taken;
            }
          }
        }
      }
      return null;
    } catch (SQLException e) {
      throw new NetCityException("cannot take a request slot of " + host + ": " + e, e);
    } finally {
      closeQuietly(connection);
    }
  }

  /** A slot taken: its lock lives on {@code connection} until {@link #release()}. */
  static final class Slot {
    private final Connection connection;
    private final int key;
    private final int slot;

    private Slot(Connection connection, int key, int slot) {
      this.connection = connection;
      this.key = key;
      this.slot = slot;
    }

    /**
     * Unlocks and returns the connection to its pool. A connection that cannot unlock is aborted,
     * so that no pooled connection keeps a slot.
     */
    void release() {
      try (PreparedStatement unlock =
          connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
        unlock.setInt(1, key);
        unlock.setInt(2, slot);
        unlock.executeQuery().close();
      } catch (SQLException e) {
        LOG.warn("cannot unlock request slot {} ({}); dropping its connection", slot, e.toString());
        try {
          connection.abort(Runnable::run);
        } catch (SQLException ignored) {
          // the connection is gone already, and its locks with it
        }
      } finally {
        closeQuietly(connection);
      }
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.debug("closing a request slot's connection failed: {}", e.toString());
      }
    }
  }
}
