package ru.netcity.mock.report;

import java.util.List;
import ru.netcity.mock.school.School;

/** One report of the AIS: its name in {@code reports/<name>}, its filters and its HTML. */
public interface Report {
  String name();

  String title();

  /** Filter ids in the order the AIS lists them, e.g. SID, PCLID_IUP, TERMID, period. */
  List<String> filterIds();

  /**
   * Whether staff may choose the whole class (SID "-1"). The evidenced reports are about one
   * student; the mock's class-wide {@code studentattendance} and {@code journalaccess} are
   * assumptions.
   */
  default boolean wholeClass() {
    return false;
  }

  String render(School school, ReportQuery query);

  /** The reports the mock serves. */
  static List<Report> all() {
    return List.of(
        new StudentGradesReport(),
        new StudentTotalReport(),
        new StudentTotalMarksReport(),
        new AttendanceReport(),
        new JournalAccessReport());
  }
}
