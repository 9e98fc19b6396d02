package ru.netcity.gateway.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the data-quality issues of one unit, one per table and code. */
final class Issues {
  private final String unitKey;
  private final Map<String, DataQualityIssue> issues = new LinkedHashMap<>();

  Issues(String unitKey) {
    this.unitKey = unitKey;
  }

  void add(String table, String code, String what) {
    issues.putIfAbsent(table + "\u0000" + code, new DataQualityIssue(table, code, unitKey, what));
  }

  List<DataQualityIssue> list() {
    return List.copyOf(issues.values());
  }
}
