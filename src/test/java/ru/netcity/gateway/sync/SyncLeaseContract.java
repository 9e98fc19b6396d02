package ru.netcity.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.support.MovingClock;

/** The run lock of a school (sync_lease): one holder, renewal, takeover of an expired lease. */
abstract class SyncLeaseContract {
  private static final Duration TTL = Duration.ofMinutes(1);
  private static final AtomicInteger SCHOOLS = new AtomicInteger(5000);

  private final MovingClock clock = new MovingClock(Instant.parse("2026-09-01T03:00:00Z"));
  private int school;

  protected abstract DataSource dataSource();

  @BeforeEach
  void newSchool() {
    school = SCHOOLS.incrementAndGet();
  }

  @Test
  void aSecondAcquirerIsRefusedUntilTheFirstReleases() {
    SyncLease.Held first = lease("1@host-a/one").acquire(school);

    assertThatThrownBy(() -> lease("2@host-b/two").acquire(school))
        .isInstanceOfSatisfying(
            SyncBusyException.class,
            busy -> {
              assertThat(busy.schoolId()).isEqualTo(school);
              assertThat(busy.holder()).isEqualTo("1@host-a/one");
              assertThat(busy.expiresAt()).isEqualTo(utc(clock.instant().plus(TTL)));
            })
        .hasMessageContaining("a sync of school " + school + " is already running");

    first.close();
    lease("2@host-b/two").acquire(school).close();
  }

  @Test
  void anExpiredLeaseIsTakenOverAndItsOldHolderCannotRenewOrReleaseIt() {
    SyncLease.Held stale = lease("1@host-a/one").acquire(school);
    clock.advance(TTL.plusSeconds(1));

    SyncLease.Held taker = lease("2@host-b/two").acquire(school);

    assertThat(stale.renew()).isFalse();
    stale.close(); // must not free the taker's lease
    assertThatThrownBy(() -> lease("3@host-c/three").acquire(school))
        .isInstanceOf(SyncBusyException.class)
        .hasMessageContaining("2@host-b/two");
    taker.close();
  }

  @Test
  void aRenewedLeaseOutlivesItsFirstTimeToLive() {
    SyncLease.Held held = lease("1@host-a/one").acquire(school);
    clock.advance(TTL.multipliedBy(2).dividedBy(3));
    assertThat(held.renew()).isTrue();
    clock.advance(TTL.multipliedBy(2).dividedBy(3));

    assertThatThrownBy(() -> lease("2@host-b/two").acquire(school))
        .isInstanceOf(SyncBusyException.class);
    held.close();
  }

  @Test
  void theLeaseOfAKilledProcessOfThisHostIsTakenOverAtOnce() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor(30, TimeUnit.SECONDS);
    String host = InetAddress.getLocalHost().getHostName();
    SyncLease.Held killed = lease(gone.pid() + "@" + host + "/killed").acquire(school);
    killed.stopRenewing(); // as if killed: the row stays, far from expiry

    lease("2@host-b/two").acquire(school).close();

    // A live process of this host (this one) keeps its lease.
    SyncLease.Held alive =
        lease(ProcessHandle.current().pid() + "@" + host + "/alive").acquire(school);
    assertThatThrownBy(() -> lease("3@host-c/three").acquire(school))
        .isInstanceOf(SyncBusyException.class);
    alive.close();
  }

  @Test
  void ofManyConcurrentAcquirersExactlyOneWins() throws Exception {
    int n = 8;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<SyncLease.Held>> tries = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        SyncLease lease = lease(i + "@host-" + i + "/x");
        Callable<SyncLease.Held> attempt =
            () -> {
              start.await();
              try {
                return lease.acquire(school);
              } catch (SyncBusyException busy) {
                return null;
              }
            };
        tries.add(pool.submit(attempt));
      }
      start.countDown();
      List<SyncLease.Held> won = new ArrayList<>();
      for (Future<SyncLease.Held> t : tries) {
        SyncLease.Held held = t.get(60, TimeUnit.SECONDS);
        if (held != null) {
          won.add(held);
        }
      }
      assertThat(won).hasSize(1);
      assertThat(
              new JdbcTemplate(dataSource())
                  .queryForObject(
                      "SELECT COUNT(*) FROM sync_lease WHERE school_id = ?", Integer.class, school))
          .isEqualTo(1);
      won.forEach(SyncLease.Held::close);
    } finally {
      pool.shutdownNow();
    }
  }

  private SyncLease lease(String holder) {
    return new SyncLease(dataSource(), clock, TTL, holder);
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
