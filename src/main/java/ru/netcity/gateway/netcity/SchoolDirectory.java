package ru.netcity.gateway.netcity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.netcity.gateway.netcity.dto.FilterSource;
import ru.netcity.gateway.netcity.dto.ReportFilters;

/**
 * Classes, students, terms and subjects, read from report filter sources as the AIS offers them to
 * staff: PCLID lists the classes, SID the students of the chosen class, TERMID the terms, the
 * period range the dates of the chosen term and SGID the subjects of {@code studentgrades}. The
 * lists come from {@code v2/reports/studenttotal}, the address of that report from 5.24 on.
 */
final class SchoolDirectory {
  static final String ALL = "-1";
  private static final String FILTERS = "v2/reports/studenttotal";

  private final NetCityClient client;

  SchoolDirectory(NetCityClient client) {
    this.client = client;
  }

  List<ClassRef> classes() {
    return source(client.filters(FILTERS), "PCLID").items().stream()
        .filter(i -> !ALL.equals(i.value()))
        .map(i -> new ClassRef(id(i.value()), i.title()))
        .toList();
  }

  List<StudentRef> students(ClassRef schoolClass) {
    List<FilterSource> sources =
        initFilters(
            FILTERS, List.of(Map.of("filterId", "PCLID", "filterValue", "" + schoolClass.id())));
    return source(new ReportFilters(sources), "SID").items().stream()
        .filter(i -> !ALL.equals(i.value()))
        .map(i -> new StudentRef(id(i.value()), i.title()))
        .toList();
  }

  List<TermRef> terms(ClassRef schoolClass) {
    Map<String, String> cls = Map.of("filterId", "PCLID", "filterValue", "" + schoolClass.id());
    return source(new ReportFilters(initFilters(FILTERS, List.of(cls))), "TERMID").items().stream()
        .filter(i -> !ALL.equals(i.value()))
        .map(
            i -> {
              var chosen =
                  initFilters(
                      "reports/studentgrades",
                      List.of(
                          Map.of("filterId", "PCLID_IUP", "filterValue", schoolClass.id() + "_0"),
                          Map.of("filterId", "TERMID", "filterValue", i.value())));
              FilterSource.Range range = source(new ReportFilters(chosen), "period").range();
              if (range == null) {
                throw new NetCityException.Malformed("initfilters", "no period range for a term");
              }
              return new TermRef(id(i.value()), i.title(), range.start(), range.end());
            })
        .toList();
  }

  /** The subjects (SGID) the AIS offers for the student's {@code studentgrades}. */
  List<SubjectRef> subjects(ClassRef schoolClass, StudentRef student) {
    var chosen =
        initFilters(
            "reports/studentgrades",
            List.of(
                Map.of("filterId", "SID", "filterValue", "" + student.id()),
                Map.of("filterId", "PCLID_IUP", "filterValue", schoolClass.id() + "_0")));
    return source(new ReportFilters(chosen), "SGID").items().stream()
        .map(i -> new SubjectRef(id(i.value()), i.title()))
        .toList();
  }

  private List<FilterSource> initFilters(String report, List<Map<String, String>> selected) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("params", null);
    body.put("selectedData", selected);
    return client.postJson(report + "/initfilters", body, client.listOf(FilterSource.class), true);
  }

  private static FilterSource source(ReportFilters filters, String id) {
    return filters
        .source(id)
        .orElseThrow(
            () -> new NetCityException.Malformed("report filters", "no " + id + " filter"));
  }

  private static int id(String value) {
    String digits = value.contains("_") ? value.substring(0, value.indexOf('_')) : value;
    try {
      return Integer.parseInt(digits.trim());
    } catch (NumberFormatException e) {
      throw new NetCityException.Malformed("report filters", "a non-numeric id");
    }
  }
}
