package ru.netcity.mock.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import ru.netcity.mock.server.BadRequest;

/** The {@code selectedData} of a report request: filter id → chosen value. */
record Selection(Map<String, String> values) {
  static Selection none() {
    return new Selection(Map.of());
  }

  static Selection of(JsonNode selectedData) {
    if (selectedData.isMissingNode() || selectedData.isNull()) {
      return none();
    }
    if (!selectedData.isArray()) {
      throw new BadRequest("selectedData должен быть списком");
    }
    Map<String, String> values = new TreeMap<>();
    for (JsonNode item : selectedData) {
      String id = item.path("filterId").asText("");
      if (id.isEmpty()) {
        throw new BadRequest("В selectedData не указан filterId");
      }
      values.put(id.toUpperCase(Locale.ROOT), item.path("filterValue").asText(""));
    }
    return new Selection(values);
  }

  Optional<String> get(String filterId) {
    return Optional.ofNullable(values.get(filterId.toUpperCase(Locale.ROOT)))
        .filter(v -> !v.isEmpty());
  }

  /** The class id from PCLID or PCLID_IUP (whose values look like {@code "1234_0"}). */
  Optional<Integer> classId() {
    return get("PCLID")
        .or(() -> get("PCLID_IUP"))
        .map(v -> v.contains("_") ? v.substring(0, v.indexOf('_')) : v)
        .map(v -> parse("PCLID", v));
  }

  static int parse(String filter, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new BadRequest("Неверное значение фильтра " + filter + ": " + value);
    }
  }
}
