package ru.netcity.gateway.netcity.hub;

/**
 * The report hub method the AIS's version takes (netcity-api.md §2.2.1): from 5.40 on {@code
 * startTaskAsync(taskId, queueKey)} with the socket opened before queueing [VK 8.x]; before that
 * {@code startTask(taskId, "report-v2")} [LE]. A server answers only its own.
 */
public enum HubMethod {
  START_TASK("startTask"),
  START_TASK_ASYNC("startTaskAsync");

  private final String target;

  HubMethod(String target) {
    this.target = target;
  }

  public String target() {
    return target;
  }

  /**
   * The method of a version such as {@code 5.44.7850.0}; an unknown or unreadable version is taken
   * for a current server.
   */
  public static HubMethod forVersion(String version) {
    if (version == null || version.isBlank()) {
      return START_TASK_ASYNC;
    }
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
