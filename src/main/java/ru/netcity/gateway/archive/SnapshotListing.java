package ru.netcity.gateway.archive;

import java.time.LocalDate;
import java.util.List;

/**
 * One stored snapshot as {@code archive list} shows it.
 *
 * @param locations the labels of the locations holding a copy (A, B)
 * @param keepUntil the end of its retention period; nothing is deleted automatically after it
 * @param lastCheck the newest check's outcome per copy, e.g. {@code A INTACT 2026-11-29}
 */
public record SnapshotListing(
    String id,
    String description,
    LocalDate baggingDate,
    String ledgerHead,
    boolean summarySheets,
    List<String> locations,
    LocalDate keepUntil,
    List<String> lastCheck) {}
