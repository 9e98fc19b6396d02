/**
 * The deputy director's and teachers' reports: the views as {@link
 * ru.netcity.gateway.report.ReportTable}s and the documents made from them.
 */
package ru.netcity.gateway.report;
