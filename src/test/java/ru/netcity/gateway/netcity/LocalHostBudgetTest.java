package ru.netcity.gateway.netcity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The default budget, in this process: as before, N in flight and starts spaced 1/R apart. */
class LocalHostBudgetTest {
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void theNextRequestWaitsForAFreeSlotOfItsHostOnly() throws Exception {
    HostBudget budget = HostBudget.local(Budget.polite().withRate(2, Budget.UNLIMITED_RATE));
    HostBudget.Permit first = budget.acquire("a:443");
    HostBudget.Permit second = budget.acquire("a:443");

    Future<HostBudget.Permit> third = threads.submit(() -> budget.acquire("a:443"));
    budget.acquire("b:443").release();
    await()
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(1))
        .until(() -> !third.isDone());

    first.release();
    await().atMost(Duration.ofSeconds(5)).until(third::isDone);
    second.release();
    third.get().release();
  }

  @Test
  void startsAreSpacedByTheRateWhateverTheThreads() throws Exception {
    HostBudget budget = HostBudget.local(Budget.polite().withRate(8, 20));
    List<CompletableFuture<Long>> starts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      starts.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  HostBudget.Permit permit = budget.acquire("a:443");
                  long at = System.nanoTime();
                  permit.release();
                  return at;
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              },
              threads));
    }
    List<Long> times = new ArrayList<>();
    for (CompletableFuture<Long> start : starts) {
      times.add(start.get(10, TimeUnit.SECONDS));
    }
    times.sort(null);
    // 8 starts 50 ms apart: 350 ms from the first to the last, less a late first wake-up
    assertThat(Duration.ofNanos(times.get(7) - times.get(0))).isGreaterThan(Duration.ofMillis(300));
  }
}
