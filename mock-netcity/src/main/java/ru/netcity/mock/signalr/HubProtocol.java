package ru.netcity.mock.signalr;

/**
 * The report hub method a server of a version takes (netcity-api.md §2.2.1): from 5.40 on {@code
 * startTaskAsync(taskId, queueKey)}, the queue answer carrying the {@code queueKey}; before that
 * {@code startTask(taskId, "report-v2")}. A server answers only its own.
 */
public enum HubProtocol {
  START_TASK("startTask"),
  START_TASK_ASYNC("startTaskAsync");

  private final String target;

  HubProtocol(String target) {
    this.target = target;
  }

  /** The hub method's name. */
  public String target() {
    return target;
  }

  /** The protocol of an AIS version such as {@code 5.44.7850.0}; unreadable versions are new. */
  public static HubProtocol forVersion(String version) {
    String[] parts = version.trim().split("\\.");
    try {
      int major = Integer.parseInt(parts[0]);
      int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      return major > 5 || (major == 5 && minor >= 40) ? START_TASK_ASYNC : START_TASK;
    } catch (NumberFormatException e) {
      return START_TASK_ASYNC;
    }
  }
}
