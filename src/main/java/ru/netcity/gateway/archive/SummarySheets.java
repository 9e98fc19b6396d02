package ru.netcity.gateway.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import ru.netcity.gateway.report.ClassMarks;

/**
 * The year-end class summary sheets «сводная ведомость итоговой успеваемости класса» (5.2, 5.4) as
 * CSV, one a class that has year marks: a row per pupil and subject, a column per term and «Год».
 * Fed with the class's journal rows as they are exported, so it reads nothing twice; the marks are
 * gathered by {@link ClassMarks}, as for the printed sheet.
 */
final class SummarySheets {
  private final BagBuilder bag;
  private ClassMarks marks = new ClassMarks();

  SummarySheets(BagBuilder bag) {
    this.bag = bag;
  }

  /**
   * One journal row of the class being exported, as written: kind, entry_key, lesson_date, subject,
   * student_id, value_text, …
   */
  void see(Object[] row) {
    Long student = (Long) row[4];
    marks.see(
        (String) row[0],
        (String) row[1],
        (String) row[3],
        student == null ? null : student.intValue(),
        (String) row[5]);
  }

  /** Writes the class's sheet when its year marks exist, and forgets the class. */
  void finishClass(int classId, Map<Integer, String> names) {
    if (marks.yearEnded()) {
      write(classId, marks.columns(), names);
    }
    marks = new ClassMarks();
  }

  private void write(int classId, List<String> columns, Map<Integer, String> names) {
    StringBuilder csv = new StringBuilder(Csv.BOM).append("Код ученика;Ученик;Предмет");
    columns.forEach(t -> csv.append(';').append(Csv.cell(t)));
    csv.append('\n');
    for (int student : marks.students()) {
      marks
          .of(student)
          .forEach(
              (subject, byTerm) -> {
                csv.append(student)
                    .append(';')
                    .append(Csv.cell(names.get(student)))
                    .append(';')
                    .append(Csv.cell(subject));
                columns.forEach(t -> csv.append(';').append(Csv.cell(byTerm.get(t))));
                csv.append('\n');
              });
    }
    try (OutputStream out = bag.payload("summary/class-" + classId + ".csv")) {
      out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
