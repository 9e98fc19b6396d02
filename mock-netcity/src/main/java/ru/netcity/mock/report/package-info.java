/**
 * The AIS reports the mock renders as HTML with {@code table.table-print}, as the real server does.
 */
package ru.netcity.mock.report;
