package ru.netcity.gateway.report;

import java.util.List;

/**
 * One class's page of the year-end summary sheet, as the template and the XLSX writer read it.
 *
 * @param columns the terms in date order, then «Год»
 * @param pupils in alphabetical order of their names
 */
public record ClassSheet(
    int classId,
    String className,
    List<String> columns,
    List<String> subjects,
    List<Pupil> pupils) {

  /**
   * @param name «Фамилия Имя», or «ученик №id» when the AIS gave no name
   * @param marks by subject (in {@link #subjects} order), by column (in {@link #columns} order);
   *     null where there is no mark
   */
  public record Pupil(int id, String name, List<List<String>> marks) {}

  /** The subjects split in groups that fit one A4 landscape page's width. */
  public List<List<String>> subjectPages(int perPage) {
    List<List<String>> pages = new java.util.ArrayList<>();
    for (int i = 0; i < subjects.size(); i += perPage) {
      pages.add(subjects.subList(i, Math.min(subjects.size(), i + perPage)));
    }
    return pages;
  }

  /** A pupil's mark of a subject and column, or null. */
  public String mark(Pupil pupil, String subject, String column) {
    return pupil.marks().get(subjects.indexOf(subject)).get(columns.indexOf(column));
  }

  /** A column's short header on paper: «1 четверть» → «1 ч», «2 полугодие» → «2 п», «Год» → «Г». */
  public String header(String column) {
    if (column.equals(ClassMarks.YEAR)) {
      return "Г";
    }
    String[] words = column.strip().split("\\s+");
    return words.length >= 2 && !words[1].isEmpty() ? words[0] + " " + words[1].charAt(0) : column;
  }
}
