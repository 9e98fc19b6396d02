package ru.netcity.mock.signalr;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** A thread-safe {@link HubContext} whose tasks, token check and faults are set in code. */
public final class InMemoryHubContext implements HubContext {

  // Task ids look like the real ones (BN hard-codes 1967575), so clients never see id 0.
  private final AtomicLong nextTaskId = new AtomicLong(1_967_575);
  private final Map<Long, ReportTask> tasks = new ConcurrentHashMap<>();
  private final Set<Long> droppedTasks = ConcurrentHashMap.newKeySet();
  private volatile Predicate<String> tokenCheck = at -> at != null && !at.isBlank();
  private volatile Duration reportDelay = Duration.ofMillis(300);
  private volatile boolean dropAll;
  private volatile HubProtocol protocol = HubProtocol.START_TASK_ASYNC;

  /** Queues a report whose {@code complete} frame will carry {@code fileId}. */
  public ReportTask register(String fileId) {
    long taskId = nextTaskId.getAndIncrement();
    String queueKey = UUID.randomUUID().toString();
    ReportTask task = new ReportTask(taskId, Objects.requireNonNull(fileId, "fileId"), queueKey);
    tasks.put(taskId, task);
    return task;
  }

  /** The hub method the server takes (by its version); {@code startTaskAsync} by default. */
  public InMemoryHubContext setProtocol(HubProtocol protocol) {
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    return this;
  }

  @Override
  public HubProtocol protocol() {
    return protocol;
  }

  /** Replaces the token check; by default every non-blank token is accepted. */
  public InMemoryHubContext setTokenCheck(Predicate<String> tokenCheck) {
    this.tokenCheck = Objects.requireNonNull(tokenCheck, "tokenCheck");
    return this;
  }

  public InMemoryHubContext setReportDelay(Duration reportDelay) {
    if (reportDelay.isNegative()) {
      throw new IllegalArgumentException("reportDelay must not be negative: " + reportDelay);
    }
    this.reportDelay = reportDelay;
    return this;
  }

  /** Makes the server drop the socket instead of completing {@code taskId}. */
  public InMemoryHubContext markDropBeforeComplete(long taskId) {
    droppedTasks.add(taskId);
    return this;
  }

  /** Makes the server drop the socket instead of completing any task (a whole faulty run). */
  public InMemoryHubContext setDropAllBeforeComplete(boolean dropAll) {
    this.dropAll = dropAll;
    return this;
  }

  @Override
  public boolean tokenValid(String at) {
    return tokenCheck.test(at);
  }

  @Override
  public Optional<ReportTask> task(long taskId) {
    return Optional.ofNullable(tasks.get(taskId));
  }

  @Override
  public Duration reportDelay() {
    return reportDelay;
  }

  @Override
  public boolean dropBeforeComplete(long taskId) {
    return dropAll || droppedTasks.contains(taskId);
  }
}
