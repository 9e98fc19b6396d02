package ru.netcity.mock.report;

import java.util.List;
import ru.netcity.mock.school.School;

/** One report of the AIS: its name in {@code reports/<name>}, its filters and its HTML. */
public interface Report {
  String name();

  String title();

  /** Filter ids in the order the AIS lists them, e.g. SID, PCLID_IUP, TERMID, period. */
  List<String> filterIds();

  String render(School school, ReportQuery query);

  /** The four reports the mock serves. */
  static List<Report> all() {
    return List.of(
        new StudentGradesReport(),
        new StudentTotalReport(),
        new AttendanceReport(),
        new JournalAccessReport());
  }
}
