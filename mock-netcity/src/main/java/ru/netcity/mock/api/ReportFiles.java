package ru.netcity.mock.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The report files waiting for {@code files/{id}}; the oldest are dropped past a bound. */
final class ReportFiles {
  private final Map<String, String> files;

  ReportFiles(int capacity) {
    this.files =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized String put(String html) {
    String id = UUID.randomUUID().toString().replace("-", "");
    files.put(id, html);
    return id;
  }

  synchronized Optional<String> get(String id) {
    return Optional.ofNullable(files.get(id));
  }
}
