package ru.netcity.gateway.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.audit.Completeness;

/**
 * What the ledger holds of one school week, cut to the completeness gate: only a class's days whose
 * newest pull finished DONE are counted; the others are listed as left out, never read as "no
 * marks, no absences".
 */
final class WeekData {
  /** Marks and absences of a class in a subject over the complete days. */
  static final class Progress {
    int lessons;
    int marks;
    int markSum;
    int absences;

    Double average() {
      return marks == 0 ? null : Math.round(markSum * 100.0 / marks) / 100.0;
    }
  }

  /** class name → subject → progress, classes in grade order. */
  final Map<String, Map<String, Progress>> progress = new TreeMap<>(SummarySheets::byGrade);

  /** class name → the days of the week the gate left out. */
  final Map<String, List<LocalDate>> leftOut = new TreeMap<>(SummarySheets::byGrade);

  /** class id → class name, of the classes with at least one complete day. */
  final Map<Integer, String> complete = new TreeMap<>();

  private WeekData() {}

  static WeekData read(DataSource dataSource, int school, Week week, Completeness gate) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    WeekData data = new WeekData();
    Map<Integer, String> classes = new TreeMap<>();
    jdbc.query(
        "SELECT DISTINCT class_id, class_name FROM roster WHERE school_id = ?",
        rs -> {
          classes.put(rs.getInt(1), rs.getString(2));
        },
        school);
    classes.forEach(
        (id, name) -> {
          List<LocalDate> missing = new ArrayList<>();
          for (LocalDate day : week.days()) {
            if (!gate.complete(id, day)) {
              missing.add(day);
            }
          }
          if (missing.size() < 7) {
            data.complete.put(id, name);
          }
          if (!missing.isEmpty()) {
            data.leftOut.put(name, missing);
          }
        });
    jdbc.query(
        "SELECT class_id, kind, lesson_date, subject, value_text FROM entry_state"
            + " WHERE school_id = ? AND kind IN ('LESSON', 'MARK', 'ABSENCE') AND deleted = FALSE"
            + " AND lesson_date BETWEEN ? AND ?",
        rs -> {
          int classId = rs.getInt(1);
          LocalDate day = rs.getObject(3, LocalDate.class);
          if (!data.complete.containsKey(classId) || !gate.complete(classId, day)) {
            return;
          }
          Progress p =
              data.progress
                  .computeIfAbsent(data.complete.get(classId), c -> new TreeMap<>())
                  .computeIfAbsent(rs.getString(4), s -> new Progress());
          switch (rs.getString(2)) {
            case "LESSON" -> p.lessons++;
            case "ABSENCE" -> p.absences++;
            default -> {
              String value = rs.getString(5);
              if (value != null && value.matches("\\d{1,2}")) {
                p.marks++;
                p.markSum += Integer.parseInt(value);
              }
            }
          }
        },
        school,
        week.monday(),
        week.sunday());
    return data;
  }
}
