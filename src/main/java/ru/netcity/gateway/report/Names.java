package ru.netcity.gateway.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Teachers' names as findings write them: several of parallel lessons are comma-separated. */
final class Names {
  static final String NOBODY = "учитель не указан";

  /** A school has some hundred teachers and pairs of them: splitting once each is enough. */
  private static final int MEMO = 10_000;

  private static final Map<String, List<String>> SPLIT = new ConcurrentHashMap<>();

  private Names() {}

  /** The single names of a finding's or unit's teacher field; {@link #NOBODY} when none. */
  static List<String> split(String teachers) {
    if (teachers == null || teachers.isBlank()) {
      return List.of(NOBODY);
    }
    List<String> known = SPLIT.get(teachers);
    if (known != null) {
      return known;
    }
    if (SPLIT.size() > MEMO) {
      SPLIT.clear();
    }
    List<String> names = splitAnew(teachers);
    SPLIT.put(teachers, names);
    return names;
  }

  private static List<String> splitAnew(String teachers) {
    List<String> names = new ArrayList<>();
    for (String name : teachers.split(",")) {
      if (!name.isBlank()) {
        names.add(words(name));
      }
    }
    return List.copyOf(names);
  }

  /** Whether the field names that teacher; spaces do not matter. */
  static boolean names(String teachers, String teacher) {
    if (teachers == null) {
      return false;
    }
    String wanted = words(teacher);
    for (String name : teachers.split(",")) {
      if (words(name).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  static String words(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
