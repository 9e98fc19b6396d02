package ru.netcity.gateway.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.audit.StudentNames;

/**
 * The year-end class summary sheets «сводная ведомость итоговой успеваемости класса» (5.2, 5.4)
 * from the ledger's current term and year marks: pupils × subjects, a column per term and «Год».
 * Pupils' names are read from the AIS when the sheet is made (the ledger keeps ids only).
 */
public final class SummarySheets {
  private final JdbcTemplate jdbc;
  private final StudentNames names;

  public SummarySheets(DataSource dataSource, StudentNames names) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.names = names;
  }

  /** The sheets of the school's classes (or of the one named), in the order of their grades. */
  public List<ClassSheet> sheets(int school, String className) {
    Map<Integer, String> classes = new LinkedHashMap<>();
    Map<Integer, Set<Integer>> rosters = new LinkedHashMap<>();
    jdbc.query(
        "SELECT class_id, class_name, student_id FROM roster WHERE school_id = ?"
            + " ORDER BY class_id, student_id",
        rs -> {
          String name = rs.getString(2);
          if (className == null || name.equalsIgnoreCase(className.strip())) {
            classes.put(rs.getInt(1), name);
            rosters.computeIfAbsent(rs.getInt(1), c -> new HashSet<>()).add(rs.getInt(3));
          }
        },
        school);
    Map<Integer, ClassMarks> marks = new LinkedHashMap<>();
    classes.keySet().forEach(c -> marks.put(c, new ClassMarks()));
    jdbc.query(
        "SELECT class_id, kind, entry_key, subject, student_id, value_text FROM entry_state"
            + " WHERE school_id = ? AND kind IN ('TERM', 'TERM_MARK') AND deleted = FALSE",
        rs -> {
          ClassMarks of = marks.get(rs.getInt(1));
          if (of != null) {
            int student = rs.getInt(5);
            of.see(
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.wasNull() ? null : student,
                rs.getString(6));
          }
        },
        school);
    marks.forEach((c, m) -> rosters.get(c).addAll(m.students()));
    Map<Integer, String> pupilNames = names.names(rosters);
    List<ClassSheet> sheets = new ArrayList<>();
    classes.forEach(
        (id, name) -> sheets.add(sheet(id, name, marks.get(id), rosters.get(id), pupilNames)));
    sheets.sort(Comparator.comparing(ClassSheet::className, SummarySheets::byGrade));
    return sheets;
  }

  private static ClassSheet sheet(
      int id, String name, ClassMarks marks, Set<Integer> pupils, Map<Integer, String> names) {
    List<String> columns = marks.columns();
    List<String> subjects = marks.subjects();
    List<ClassSheet.Pupil> rows = new ArrayList<>();
    for (int pupil : new TreeSet<>(pupils)) {
      List<List<String>> bySubject = new ArrayList<>();
      for (String subject : subjects) {
        bySubject.add(columns.stream().map(t -> marks.mark(pupil, subject, t)).toList());
      }
      rows.add(
          new ClassSheet.Pupil(pupil, names.getOrDefault(pupil, "ученик №" + pupil), bySubject));
    }
    rows.sort(Comparator.comparing(ClassSheet.Pupil::name).thenComparing(ClassSheet.Pupil::id));
    return new ClassSheet(id, name, columns, subjects, rows);
  }

  /** «5А» before «10А»: by the grade's number, then by the whole name. */
  static int byGrade(String a, String b) {
    int c = Integer.compare(grade(a), grade(b));
    return c != 0 ? c : a.compareTo(b);
  }

  private static int grade(String name) {
    String digits = name.replaceAll("^(\\d*).*$", "$1");
    return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }
}
