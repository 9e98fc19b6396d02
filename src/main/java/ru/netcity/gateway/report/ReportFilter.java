package ru.netcity.gateway.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.netcity.gateway.audit.Severity;

/**
 * The filters of every view; null parts do not filter. Without a severity the shares count
 * violations and warnings (a warning is an allowed exception the regulation still counts);
 * «сведения» (a rule could not be applied) count only when chosen.
 *
 * @param term a term's name as the AIS gives it, e.g. «1 четверть»: each class's own dates
 * @param className e.g. «7А»
 * @param teacher a teacher's name as findings write it, e.g. «Иванова М. П.»
 * @param rule a rule's code, e.g. LESSON_RECORD_SAME_DAY
 */
public record ReportFilter(
    String term,
    LocalDate from,
    LocalDate to,
    String className,
    String teacher,
    String subject,
    String rule,
    Severity severity) {
  public static final ReportFilter NONE =
      new ReportFilter(null, null, null, null, null, null, null, null);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** The severities whose findings count. */
  int severityMask() {
    return severity == null
        ? Unit.bit(Severity.VIOLATION) | Unit.bit(Severity.WARNING)
        : Unit.bit(severity);
  }

  boolean counts(Severity s) {
    return (severityMask() & Unit.bit(s)) != 0;
  }

  /** Whether a unit or finding with these facts passes the filters (not the severity). */
  boolean matches(
      String ruleCode,
      String unitClass,
      String unitSubject,
      String teachers,
      LocalDate date,
      String unitTerm) {
    if (rule != null && !rule.equals(ruleCode)) {
      return false;
    }
    if (className != null && (unitClass == null || !className.equalsIgnoreCase(unitClass))) {
      return false;
    }
    if (subject != null && !subject.equals(unitSubject)) {
      return false;
    }
    if (teacher != null
        && !(teacher.equals(Names.NOBODY)
            ? teachers == null || teachers.isBlank()
            : Names.names(teachers, teacher))) {
      return false;
    }
    if (term != null && !term.equals(unitTerm)) {
      return false;
    }
    if (from != null && (date == null || date.isBefore(from))) {
      return false;
    }
    return to == null || (date != null && !date.isAfter(to));
  }

  /** The same filters with one changed (null removes it); the key is the query parameter's. */
  public ReportFilter with(String key, String value) {
    Map<String, String> p = parameters();
    if (value == null) {
      p.remove(key);
    } else {
      p.put(key, value);
    }
    return of(p);
  }

  /** The drill-down to one ISO week: its Monday to its Sunday. */
  public ReportFilter week(String monday) {
    LocalDate start = LocalDate.parse(monday);
    return new ReportFilter(
        term, start, start.plusDays(6), className, teacher, subject, rule, severity);
  }

  /** The filters as a URL query string (no leading «?»), so links keep them. */
  public String query() {
    List<String> parts = new ArrayList<>();
    parameters()
        .forEach(
            (k, v) ->
                parts.add(
                    URLEncoder.encode(k, StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return String.join("&", parts);
  }

  /** The query string with «&» or «?» before it, for a link; empty without filters. */
  public String suffix(String separator) {
    String q = query();
    return q.isEmpty() ? "" : separator + q;
  }

  /** The filters in words, for a heading: «1 четверть, класс 7А». */
  public String words() {
    List<String> parts = new ArrayList<>();
    if (term != null) {
      parts.add(term);
    }
    if (from != null || to != null) {
      parts.add(
          (from == null ? "" : "с " + DAY.format(from))
              + (to == null ? "" : " по " + DAY.format(to)));
    }
    if (className != null) {
      parts.add("класс " + className);
    }
    if (teacher != null) {
      parts.add("учитель " + teacher);
    }
    if (subject != null) {
      parts.add("предмет «" + subject + "»");
    }
    if (rule != null) {
      RuleTexts.RuleText text = RuleTexts.of(rule);
      parts.add("п. " + text.clause() + " «" + text.label() + "»");
    }
    if (severity != null) {
      parts.add(severity.label());
    }
    return parts.isEmpty() ? "весь период, все классы" : String.join(", ", parts).strip();
  }

  /** The query parameters, in a fixed order. */
  public Map<String, String> parameters() {
    Map<String, String> p = new LinkedHashMap<>();
    put(p, "term", term);
    put(p, "from", from == null ? null : from.toString());
    put(p, "to", to == null ? null : to.toString());
    put(p, "class", className);
    put(p, "teacher", teacher);
    put(p, "subject", subject);
    put(p, "rule", rule);
    put(p, "severity", severity == null ? null : severity.name());
    return p;
  }

  private static void put(Map<String, String> p, String key, String value) {
    if (value != null) {
      p.put(key, value);
    }
  }

  /** From query parameters already checked (see the web layer's parser). */
  public static ReportFilter of(Map<String, String> p) {
    return new ReportFilter(
        p.get("term"),
        p.get("from") == null ? null : LocalDate.parse(p.get("from")),
        p.get("to") == null ? null : LocalDate.parse(p.get("to")),
        p.get("class"),
        p.get("teacher"),
        p.get("subject"),
        p.get("rule"),
        p.get("severity") == null ? null : Severity.valueOf(p.get("severity")));
  }
}
