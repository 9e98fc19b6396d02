package ru.netcity.gateway.mapping;

/**
 * A code the tables do not know, or a row that cannot be tied to the roster. Never carries a name:
 * rows are named by their index.
 *
 * @param table the table or lookup that failed, e.g. {@code assignment-types}
 * @param code the unknown code, e.g. an assignment type name, a letter or {@code #12} for a row
 * @param unitKey the work unit ({@link ru.netcity.gateway.domain.UnitScope#key()})
 * @param what a short English explanation
 */
public record DataQualityIssue(String table, String code, String unitKey, String what) {}
