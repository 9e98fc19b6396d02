package ru.netcity.gateway.audit;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One audit run: what rule sets it used and how complete the data it saw was.
 *
 * @param syncRunId the newest sync run at the time, whose completeness is reported
 * @param incompleteClasses names of the classes whose data was partly left out
 */
public record AuditRun(
    String id,
    int schoolId,
    String syncRunId,
    List<String> ruleSetVersions,
    LocalDateTime startedAt,
    LocalDateTime finishedAt,
    int unitsDone,
    int unitsTotal,
    List<String> incompleteClasses,
    int findings) {}
