package ru.netcity.gateway.netcity.dto;

import java.time.LocalDate;
import java.util.List;

/** A report filter with its choices (SID, PCLID, TERMID) or its date range (period). */
public record FilterSource(
    String filterId, List<Item> items, String defaultValue, Range range, Range defaultRange) {
  public FilterSource {
    items = items == null ? List.of() : items;
  }

  public record Item(String title, String value) {}

  public record Range(LocalDate start, LocalDate end) {}
}
