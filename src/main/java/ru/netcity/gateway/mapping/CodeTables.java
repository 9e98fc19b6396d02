package ru.netcity.gateway.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.Yaml;

/**
 * The value tables of {@code mappings/} on the classpath. Lookups return {@link Optional}: an
 * unknown code is the caller's data-quality issue, never a silent default.
 */
public final class CodeTables {
  public static final String ASSIGNMENT_TYPES = "assignment-types";
  public static final String ATTENDANCE_CODES = "attendance-codes";
  public static final String MARK_SCALE = "mark-scale";

  private final Map<String, WorkCategory> workCategories;
  private final Map<String, ReasonCategory> reasons;
  private final Set<Integer> marks;
  private final String dot;

  CodeTables(
      Map<String, WorkCategory> workCategories,
      Map<String, ReasonCategory> reasons,
      Set<Integer> marks,
      String dot) {
    this.workCategories = Map.copyOf(workCategories);
    this.reasons = Map.copyOf(reasons);
    this.marks = Set.copyOf(marks);
    this.dot = dot;
  }

  /** Reads the three tables; a missing file or an unknown category fails loudly at start-up. */
  public static CodeTables load() {
    Map<String, Object> types = read(ASSIGNMENT_TYPES);
    Map<String, Object> codes = read(ATTENDANCE_CODES);
    Map<String, Object> scale = read(MARK_SCALE);
    Set<Integer> marks = new TreeSet<>();
    for (Object mark : list(scale, "marks", MARK_SCALE)) {
      if (!(mark instanceof Integer value)) {
        throw new IllegalStateException("mappings/mark-scale.yaml: a mark that is not a number");
      }
      marks.add(value);
    }
    if (!(scale.get("dot") instanceof String dot) || dot.isBlank()) {
      throw new IllegalStateException("mappings/mark-scale.yaml: no dot");
    }
    return new CodeTables(
        enums(map(types, "types", ASSIGNMENT_TYPES), WorkCategory.class, ASSIGNMENT_TYPES),
        enums(map(codes, "codes", ATTENDANCE_CODES), ReasonCategory.class, ATTENDANCE_CODES),
        marks,
        dot);
  }

  /** The category of an AIS assignment type, by the type's name. */
  public Optional<WorkCategory> workCategory(String typeName) {
    return typeName == null ? Optional.empty() : Optional.ofNullable(workCategories.get(typeName));
  }

  /** The reason category of an attendance letter such as "Б". */
  public Optional<ReasonCategory> reason(String letter) {
    return letter == null ? Optional.empty() : Optional.ofNullable(reasons.get(letter));
  }

  /** The mark as the ledger writes it ("5"), or empty when it lies outside the scale. */
  public Optional<String> markText(Integer value) {
    return value != null && marks.contains(value)
        ? Optional.of(Integer.toString(value))
        : Optional.empty();
  }

  /** The text of the teacher's dot for missing work. */
  public String dot() {
    return dot;
  }

  public Map<String, WorkCategory> workCategories() {
    return workCategories;
  }

  public Map<String, ReasonCategory> reasons() {
    return reasons;
  }

  public Set<Integer> marks() {
    return marks;
  }

  private static Map<String, Object> read(String table) {
    String path = "mappings/" + table + ".yaml";
    ClassLoader loader = CodeTables.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no " + path + " on the classpath");
      }
      Object root = new Yaml().load(in);
      if (!(root instanceof Map<?, ?> map)) {
        throw new IllegalStateException(path + " is not a YAML mapping");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> typed = (Map<String, Object>) map;
      return typed;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static Map<?, ?> map(Map<String, Object> root, String key, String table) {
    if (!(root.get(key) instanceof Map<?, ?> map)) {
      throw new IllegalStateException("mappings/" + table + ".yaml: no '" + key + "' mapping");
    }
    return map;
  }

  private static List<?> list(Map<String, Object> root, String key, String table) {
    if (!(root.get(key) instanceof List<?> list)) {
      throw new IllegalStateException("mappings/" + table + ".yaml: no '" + key + "' list");
    }
    return list;
  }

  private static <E extends Enum<E>> Map<String, E> enums(
      Map<?, ?> entries, Class<E> type, String table) {
    Map<String, E> out = new LinkedHashMap<>();
    entries.forEach(
        (code, category) -> {
          try {
            out.put(String.valueOf(code), Enum.valueOf(type, String.valueOf(category)));
          } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                "mappings/" + table + ".yaml: unknown category " + category + " for " + code, e);
          }
        });
    return out;
  }
}
