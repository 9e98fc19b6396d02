package ru.netcity.mock.signalr;

/**
 * A report queued over HTTP ({@code POST reports/<name>/queue}) that the hub can complete.
 *
 * @param taskId the id returned to the client as {@code {"taskId": …}}
 * @param fileId the id the {@code complete} frame carries; the client then fetches {@code
 *     files/<fileId>}
 * @param queueKey the key a 5.4x server returns beside the task id and expects back in {@code
 *     startTaskAsync}
 */
public record ReportTask(long taskId, String fileId, String queueKey) {}
