package ru.netcity.gateway.report;

/**
 * One line of a share table.
 *
 * @param key what the drill-down filters by (a class's name, a rule's code, a week's Monday)
 * @param name what the page shows
 * @param units checked units (the ledger's)
 * @param flagged checked units with a finding of the counted severities
 * @param findings findings of the counted severities, of any rule (with a share or not)
 * @param share (units − flagged) / units, or null without checked units
 */
public record ShareRow(
    String key, String name, int units, int flagged, int findings, Double share) {}
