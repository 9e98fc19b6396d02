package ru.netcity.gateway.notify;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The facts a message template may name: all about one child. */
final class Facts {
  static final Set<String> NAMES =
      Set.of(
          "child",
          "subject",
          "teacher",
          "date",
          "value",
          "previous",
          "term",
          "forecast",
          "sufficiency",
          "count");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final Map<String, String> values = new LinkedHashMap<>();

  Facts put(String name, String value) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("no placeholder " + name);
    }
    if (value != null) {
      values.put(name, value);
    }
    return this;
  }

  Facts date(LocalDate day) {
    return put("date", day == null ? null : DAY.format(day));
  }

  Map<String, String> map() {
    return values;
  }
}
