package ru.netcity.gateway.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Findings as JSON (the run and its findings) or CSV (one finding a row). */
public final class FindingsWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final List<String> COLUMNS =
      List.of(
          "rule",
          "clause",
          "severity",
          "school",
          "className",
          "subject",
          "teacher",
          "student",
          "studentId",
          "lessonDate",
          "evidence",
          "message",
          "ruleSetVersion");

  private FindingsWriter() {}

  public static void json(
      AuditRun run, List<Finding> findings, Map<Integer, String> names, PrintStream out) {
    try {
      out.println(JSON.writeValueAsString(document(run, findings, names)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The run and its findings as the JSON output has them (the CLI and the HTTP API). */
  public static Map<String, Object> document(
      AuditRun run, List<Finding> findings, Map<Integer, String> names) {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("id", run.id());
    meta.put("schoolId", run.schoolId());
    meta.put("syncRunId", run.syncRunId());
    meta.put("ruleSetVersions", run.ruleSetVersions());
    meta.put("finishedAt", String.valueOf(run.finishedAt()));
    meta.put("unitsComplete", run.unitsDone());
    meta.put("unitsTotal", run.unitsTotal());
    meta.put("incompleteClasses", run.incompleteClasses());
    root.put("auditRun", meta);
    root.put("findings", findings.stream().map(f -> row(f, names)).toList());
    return root;
  }

  public static void csv(List<Finding> findings, Map<Integer, String> names, PrintStream out) {
    out.println(String.join(",", COLUMNS));
    for (Finding f : findings) {
      Map<String, Object> row = row(f, names);
      List<String> cells = new ArrayList<>();
      for (String column : COLUMNS) {
        Object value = row.get(column);
        if (value instanceof Map<?, ?> map) {
          try {
            value = new ObjectMapper().writeValueAsString(map);
          } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
          }
        }
        cells.add(cell(value));
      }
      out.println(String.join(",", cells));
    }
  }

  static Map<String, Object> row(Finding f, Map<Integer, String> names) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("rule", f.rule());
    row.put("clause", f.clause());
    row.put("severity", f.severity().label());
    row.put("school", f.schoolId());
    row.put("className", f.className());
    row.put("subject", f.subject());
    row.put("teacher", f.teacher());
    row.put("student", f.studentId() == null ? null : names.get(f.studentId()));
    row.put("studentId", f.studentId());
    row.put("lessonDate", f.lessonDate() == null ? null : f.lessonDate().toString());
    row.put("evidence", f.evidence());
    row.put("message", f.message());
    row.put("ruleSetVersion", f.ruleSetVersion());
    return row;
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (Stream.of(",", "\"", "\n", "\r").anyMatch(text::contains)) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  /** The students of the findings by class, for {@link StudentNames}. */
  public static Map<Integer, java.util.Set<Integer>> students(List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.studentId() != null)
        .collect(
            Collectors.groupingBy(
                Finding::classId, Collectors.mapping(Finding::studentId, Collectors.toSet())));
  }
}
