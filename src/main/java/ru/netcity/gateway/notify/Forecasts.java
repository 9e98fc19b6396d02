package ru.netcity.gateway.notify;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.audit.ruleset.RuleSet;
import ru.netcity.gateway.audit.ruleset.RuleSets;

/**
 * The term forecast of regulation 4.2: from {@code days} days before a term of the class ends, once
 * per term (V18 notify_forecast), per pupil and subject the term mark the weighted average of his
 * current marks so far forecasts (every mark weighs the same: the AIS's weighting is off, as in the
 * 3.3.3 rule; rounding from the rule set) and whether his marks reach the 2.3.1 minimum of the rule
 * set ({@code SufficiencyParameters.minMarks}) for the subject's weekly hours so far.
 */
final class Forecasts {
  /** A term of the class, as its TERM entry gives it. */
  record Term(String name, LocalDate start, LocalDate end) {}

  /** One subject's line of a pupil's forecast. */
  record Line(String subject, Integer forecast, int marks, int minimum) {
    boolean sufficient() {
      return marks >= minimum;
    }
  }

  private final JdbcTemplate jdbc;
  private final Supplier<RuleSets> source;
  private final int days;
  private RuleSets ruleSets;

  /** {@code ruleSets} is read once, at the first forecast due. */
  Forecasts(JdbcTemplate jdbc, Supplier<RuleSets> ruleSets, int days) {
    this.jdbc = jdbc;
    this.source = ruleSets;
    this.days = days;
  }

  /**
   * The term of the class whose forecast is due on {@code day} and not made yet; marks it made (in
   * the caller's transaction).
   */
  Optional<Term> due(int schoolId, int classId, LocalDate day) {
    for (String value :
        jdbc.queryForList(
            "SELECT value_text FROM entry_state WHERE school_id = ? AND class_id = ?"
                + " AND kind = 'TERM' AND deleted = FALSE",
            String.class,
            schoolId,
            classId)) {
      String[] parts = value.split("\\|", -1);
      Term term = new Term(parts[0], LocalDate.parse(parts[1]), LocalDate.parse(parts[2]));
      if (day.isBefore(term.end().minusDays(days))
          || day.isAfter(term.end())
          || day.isBefore(term.start())) {
        continue;
      }
      Integer made =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM notify_forecast WHERE school_id = ? AND class_id = ?"
                  + " AND term_end = ?",
              Integer.class,
              schoolId,
              classId,
              Date.valueOf(term.end()));
      if (made != null && made > 0) {
        continue;
      }
      jdbc.update(
          "INSERT INTO notify_forecast (school_id, class_id, term_end, made_on) VALUES (?, ?, ?,"
              + " ?)",
          schoolId,
          classId,
          Date.valueOf(term.end()),
          Date.valueOf(day));
      return Optional.of(term);
    }
    return Optional.empty();
  }

  /** The pupil's forecast per subject of his lessons in the term so far (by subject name). */
  List<Line> of(int schoolId, int classId, int pupil, Term term, LocalDate day) {
    if (ruleSets == null) {
      ruleSets = source.get();
    }
    Optional<RuleSet> set = ruleSets.inForce(term.start());
    if (set.isEmpty()) {
      return List.of();
    }
    boolean halfYear =
        term.name().toLowerCase().contains(set.get().calendar().halfYearTermMarker().toLowerCase());
    Map<String, Integer> lessons = new TreeMap<>();
    jdbc.query(
        "SELECT subject, value_text FROM entry_state WHERE school_id = ? AND class_id = ?"
            + " AND kind = 'LESSON' AND deleted = FALSE AND lesson_date >= ? AND lesson_date <= ?",
        rs -> {
          String[] parts = rs.getString(2).split("\\|", -1);
          if (parts.length <= 4 || parts[4].isBlank() || ids(parts[4]).contains(pupil)) {
            lessons.merge(rs.getString(1), 1, Integer::sum);
          }
        },
        schoolId,
        classId,
        Date.valueOf(term.start()),
        Date.valueOf(day));
    Map<String, int[]> marks = new TreeMap<>();
    jdbc.query(
        "SELECT subject, value_text FROM entry_state WHERE school_id = ? AND class_id = ?"
            + " AND student_id = ? AND kind = 'MARK' AND deleted = FALSE"
            + " AND lesson_date >= ? AND lesson_date <= ?",
        rs -> {
          String value = rs.getString(2).strip();
          if (value.matches("[1-5]")) {
            int[] sum = marks.computeIfAbsent(rs.getString(1), k -> new int[2]);
            sum[0] += Integer.parseInt(value);
            sum[1]++;
          }
        },
        schoolId,
        classId,
        pupil,
        Date.valueOf(term.start()),
        Date.valueOf(day));
    long weeks =
        Math.max(1, (java.time.temporal.ChronoUnit.DAYS.between(term.start(), day) + 7) / 7);
    List<Line> out = new ArrayList<>();
    lessons.forEach(
        (subject, held) -> {
          int[] sum = marks.getOrDefault(subject, new int[2]);
          int hours = (int) Math.max(1, Math.round((double) held / weeks));
          Integer forecast =
              sum[1] == 0
                  ? null
                  : set.get().rules().objectivity().forecast((double) sum[0] / sum[1]);
          out.add(
              new Line(
                  subject,
                  forecast,
                  sum[1],
                  set.get().rules().sufficiency().minMarks(hours, halfYear)));
        });
    return out;
  }

  private static Set<Integer> ids(String list) {
    Set<Integer> out = new TreeSet<>();
    for (String id : list.split(",")) {
      out.add(Integer.parseInt(id.strip()));
    }
    return out;
  }
}
