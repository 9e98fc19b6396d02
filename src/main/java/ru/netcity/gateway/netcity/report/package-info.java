/** Typed rows parsed from the HTML report pages ({@code table.table-print}) the AIS returns. */
package ru.netcity.gateway.netcity.report;
