package ru.netcity.mock.signalr;

import java.time.Duration;
import java.util.Optional;

/** What the report hub needs to know from the rest of the mock, and the faults to inject. */
public interface HubContext {

  /** Whether {@code at} (the {@code ?at=} query value, null when absent) is a live session. */
  boolean tokenValid(String at);

  /** The task the HTTP side queued under {@code taskId}, if any. */
  Optional<ReportTask> task(long taskId);

  /** Time between {@code startTask} and the {@code complete} frame; models slow reports. */
  Duration reportDelay();

  /** The one hub method the server takes. */
  HubProtocol protocol();

  /** Whether the server drops the socket after the progress frames instead of completing. */
  boolean dropBeforeComplete(long taskId);
}
