package ru.netcity.gateway.sync;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runs this process planned and whose barrier has not closed yet, by run id. Closed with the
 * application: a run still open then releases its run lock, and the next run resumes it.
 */
public final class SyncRuns implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SyncRuns.class);

  private final ConcurrentMap<String, OpenRun> open = new ConcurrentHashMap<>();

  void opened(OpenRun run) {
    open.put(run.runId, run);
  }

  Optional<OpenRun> get(String runId) {
    return Optional.ofNullable(open.get(runId));
  }

  void closed(OpenRun run) {
    open.remove(run.runId, run);
  }

  @Override
  public void close() {
    for (OpenRun run : open.values()) {
      LOG.warn(
          "sync of school {} stopped with the application; the next run resumes it", run.schoolId);
      try {
        run.release();
      } catch (RuntimeException e) {
        LOG.warn("sync of school {}: {}", run.schoolId, e.getMessage());
      }
      run.outcome.completeExceptionally(new IllegalStateException("the application stopped"));
    }
    open.clear();
  }
}
