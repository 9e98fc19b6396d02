/** The AIS's JSON answers as Java records, tolerant of the quirks of real data. */
package ru.netcity.gateway.netcity.dto;
