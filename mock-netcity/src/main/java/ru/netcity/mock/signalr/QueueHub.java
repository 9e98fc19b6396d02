package ru.netcity.mock.signalr;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.websocket.server.JettyServerUpgradeRequest;
import org.eclipse.jetty.ee10.websocket.server.JettyServerUpgradeResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report hub ({@code QueueHub} of the real server): admits WebSocket upgrades, runs the {@code
 * startTask} or {@code startTaskAsync} method (whichever the server's version takes) and owns the
 * one scheduler all connections share for report timing and keep-alives, so no Jetty thread ever
 * waits and no connection gets its own thread.
 */
final class QueueHub {

  static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(15);
  private static final Logger LOG = LoggerFactory.getLogger(QueueHub.class);

  private final HubContext ctx;
  private final Duration keepAlive;
  private ScheduledExecutorService scheduler;

  QueueHub(HubContext ctx, Duration keepAlive) {
    this.ctx = ctx;
    this.keepAlive = keepAlive;
  }

  /** The WebSocket creator: refuses the upgrade with 401 unless {@code ?at=} is a live token. */
  Object accept(JettyServerUpgradeRequest request, JettyServerUpgradeResponse response)
      throws IOException {
    if (!tokenValid(queryParam(request.getParameterMap(), "at"))) {
      response.sendError(401, "Invalid or expired session token");
      return null;
    }
    return new HubSession(this, keepAlive);
  }

  boolean tokenValid(String at) {
    return ctx.tokenValid(at);
  }

  /** Runs a hub method; target names are case-insensitive as in ASP.NET Core. */
  void invoke(HubSession session, String invocationId, String target, JsonNode arguments) {
    // A server takes only the method of its version: startTask before 5.40, startTaskAsync after.
    HubProtocol protocol = ctx.protocol();
    if (!protocol.target().equalsIgnoreCase(target)) {
      session.complete(invocationId, HubFrames.completionError(invocationId, unknown(target)));
      return;
    }
    // LE sends [taskId, "report-v2"], VK (5.4x) [taskId, queueKey].
    JsonNode id = arguments.path(0);
    Optional<Long> taskId = id.canConvertToLong() ? Optional.of(id.asLong()) : parseId(id);
    Optional<ReportTask> task = taskId.flatMap(ctx::task);
    if (task.isEmpty()) {
      String error = taskId.map(t -> "Task " + t + " not found").orElse("Bad task id: " + id);
      session.complete(invocationId, HubFrames.completionError(invocationId, error));
      return;
    }
    if (protocol == HubProtocol.START_TASK_ASYNC
        && !task.get().queueKey().equals(arguments.path(1).asText(""))) {
      String error = "Invalid queue key for task " + taskId.get();
      session.complete(invocationId, HubFrames.completionError(invocationId, error));
      return;
    }
    session.complete(invocationId, HubFrames.completionOk(invocationId));
    run(session, task.get());
  }

  private void run(HubSession session, ReportTask task) {
    long id = task.taskId();
    Duration delay = ctx.reportDelay();
    session.send(HubFrames.progress(id, "Отчёт поставлен в очередь"));
    schedule(delay.dividedBy(2), () -> session.send(HubFrames.progress(id, "Формирование отчёта")));
    schedule(
        delay,
        () -> {
          // Asked at the last moment so a test may switch the fault on while a report runs.
          if (ctx.dropBeforeComplete(id)) {
            LOG.info("Dropping the hub connection before completing task {}", id);
            session.drop();
          } else {
            session.send(HubFrames.complete(id, task.fileId(), "report-" + id));
          }
        });
  }

  ScheduledFuture<?> every(Duration period, Runnable action) {
    long millis = Math.max(1, period.toMillis());
    return scheduler().scheduleAtFixedRate(guarded(action), millis, millis, TimeUnit.MILLISECONDS);
  }

  private void schedule(Duration delay, Runnable action) {
    scheduler().schedule(guarded(action), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  // Created on demand so a WireMock server that is stopped and started again keeps working.
  private synchronized ScheduledExecutorService scheduler() {
    if (scheduler == null || scheduler.isShutdown()) {
      scheduler =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread thread = new Thread(r, "netcity-queue-hub");
                thread.setDaemon(true);
                return thread;
              });
    }
    return scheduler;
  }

  synchronized void shutdown() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  /** A failing action must not cancel a periodic task silently nor kill the shared thread. */
  private static Runnable guarded(Runnable action) {
    return () -> {
      try {
        action.run();
      } catch (RuntimeException e) {
        LOG.warn("Queue hub task failed", e);
      }
    };
  }

  private static Optional<Long> parseId(JsonNode id) {
    try {
      return id.isTextual() ? Optional.of(Long.parseLong(id.asText().trim())) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String unknown(String target) {
    return "Unknown hub method '" + target + "'";
  }

  /** Query names are matched case-insensitively: clients send both {@code at} and {@code AT}. */
  static String queryParam(Map<String, List<String>> params, String name) {
    return params.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
        .map(e -> e.getValue().get(0))
        .findFirst()
        .orElse(null);
  }
}
