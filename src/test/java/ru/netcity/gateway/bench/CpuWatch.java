package ru.netcity.gateway.bench;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The CPU time a process has used since the watch started, sampled every 100 ms while it runs, so
 * the figure stays readable after a child process has exited (its last sample then counts).
 */
final class CpuWatch {
  private static final ScheduledExecutorService SAMPLER =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "cpu-watch");
            t.setDaemon(true);
            return t;
          });

  private final ProcessHandle process;
  private final double startSeconds;
  private volatile double lastSeconds;

  private CpuWatch(ProcessHandle process) {
    this.process = process;
    this.startSeconds = read(process);
    this.lastSeconds = startSeconds;
  }

  static CpuWatch of(ProcessHandle process) {
    CpuWatch watch = new CpuWatch(process);
    SAMPLER.scheduleAtFixedRate(watch::sample, 100, 100, TimeUnit.MILLISECONDS);
    return watch;
  }

  /** CPU seconds used since the watch started, as of the latest sample (or now, if alive). */
  double lastSeconds() {
    sample();
    return lastSeconds - startSeconds;
  }

  private void sample() {
    if (process.isAlive()) {
      lastSeconds = Math.max(lastSeconds, read(process));
    }
  }

  private static double read(ProcessHandle process) {
    return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9;
  }
}
