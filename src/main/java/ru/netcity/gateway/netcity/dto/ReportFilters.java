package ru.netcity.gateway.netcity.dto;

import java.util.List;
import java.util.Optional;

/** {@code GET [v2/]reports/{name}}: the report's filter sources. */
public record ReportFilters(List<FilterSource> filterSources) {
  public ReportFilters {
    filterSources = filterSources == null ? List.of() : filterSources;
  }

  public Optional<FilterSource> source(String filterId) {
    return filterSources.stream().filter(s -> filterId.equalsIgnoreCase(s.filterId())).findFirst();
  }
}
