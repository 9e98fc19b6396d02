package ru.netcity.gateway.audit.ruleset;

/**
 * The sync's data-quality issues as findings.
 *
 * @param enabled report them (сведения)
 */
public record DataQualityParameters(boolean enabled) {}
