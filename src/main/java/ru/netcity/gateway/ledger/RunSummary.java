package ru.netcity.gateway.ledger;

import java.time.LocalDateTime;

/**
 * One sync run of one school.
 *
 * @param startedAt UTC
 * @param finishedAt UTC, null while the run is still running (or crashed)
 * @param complete every planned unit is DONE, so audits, deletions and messages may trust it
 */
public record RunSummary(
    String runId,
    int schoolId,
    LocalDateTime startedAt,
    LocalDateTime finishedAt,
    boolean complete,
    int unitsTotal,
    int unitsDone) {}
