package ru.netcity.gateway.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The year-end class summary sheets «сводная ведомость итоговой успеваемости класса» (5.2, 5.4) as
 * CSV, one a class that has year marks: a row per pupil and subject, a column per term and «Год».
 * Fed with the class's journal rows as they are exported, so it reads nothing twice.
 */
final class SummarySheets {
  static final String YEAR = "Год";

  private final BagBuilder bag;
  // start|end -> term name: sorts by the term's dates, and two terms of one start both stay
  private final Map<String, String> terms = new TreeMap<>();
  // student -> subject -> term name -> mark
  private final Map<Integer, Map<String, Map<String, String>>> marks = new TreeMap<>();
  private boolean yearEnded;

  SummarySheets(BagBuilder bag) {
    this.bag = bag;
  }

  /**
   * One journal row of the class being exported, as written: kind, entry_key, lesson_date, subject,
   * student_id, value_text, …
   */
  void see(Object[] row) {
    String kind = (String) row[0];
    String entryKey = (String) row[1];
    String subject = (String) row[3];
    String value = (String) row[5];
    if (kind.equals("TERM")) {
      String[] parts = value.split("\\|");
      terms.put(LocalDate.parse(parts[1]) + "|" + LocalDate.parse(parts[2]), parts[0]);
    } else if (kind.equals("TERM_MARK")) {
      String term = entryKey.substring(entryKey.lastIndexOf(':') + 1);
      marks
          .computeIfAbsent(((Long) row[4]).intValue(), s -> new TreeMap<>())
          .computeIfAbsent(subject, s -> new TreeMap<>())
          .put(term, value);
      yearEnded |= term.equals(YEAR);
    }
  }

  /** Writes the class's sheet when its year marks exist, and forgets the class. */
  void finishClass(int classId, Map<Integer, String> names) {
    if (yearEnded) {
      List<String> columns = new ArrayList<>(terms.values());
      columns.add(YEAR);
      write(classId, columns, names);
    }
    terms.clear();
    marks.clear();
    yearEnded = false;
  }

  private void write(int classId, List<String> columns, Map<Integer, String> names) {
    StringBuilder csv = new StringBuilder(Csv.BOM).append("Код ученика;Ученик;Предмет");
    columns.forEach(t -> csv.append(';').append(Csv.cell(t)));
    csv.append('\n');
    marks.forEach(
        (student, bySubject) ->
            bySubject.forEach(
                (subject, byTerm) -> {
                  csv.append(student)
                      .append(';')
                      .append(Csv.cell(names.get(student)))
                      .append(';')
                      .append(Csv.cell(subject));
                  columns.forEach(t -> csv.append(';').append(Csv.cell(byTerm.get(t))));
                  csv.append('\n');
                }));
    try (OutputStream out = bag.payload("summary/class-" + classId + ".csv")) {
      out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
