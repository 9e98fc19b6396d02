package ru.netcity.gateway.report;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The dashboard: shares by rule, class, teacher and subject, the weekly trend, the worst ten
 * teachers and classes and the newest sync's completeness, for one filter and viewer.
 *
 * @param auditRunId the audit whose findings are counted
 * @param total the whole selection as one line
 */
public record ComplianceReport(
    String auditRunId,
    LocalDateTime auditedAt,
    ReportFilter filter,
    ShareRow total,
    List<ShareRow> byRule,
    List<ShareRow> byClass,
    List<ShareRow> byTeacher,
    List<ShareRow> bySubject,
    List<ShareRow> trend,
    List<ShareRow> worstTeachers,
    List<ShareRow> worstClasses,
    CompletenessView completeness) {}
