package ru.netcity.gateway.sync;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.mapping.CodeTables;
import ru.netcity.gateway.mapping.UnitObservations;
import ru.netcity.gateway.netcity.ClassRef;
import ru.netcity.gateway.netcity.NetCityClient;
import ru.netcity.gateway.netcity.StudentRef;
import ru.netcity.gateway.netcity.TermRef;
import ru.netcity.gateway.netcity.dto.AssignmentType;
import ru.netcity.gateway.netcity.dto.Diary;

/**
 * Pulls one work unit: every student of the class's roster (read once per run), their diaries week
 * by week over the window, the attendance and journal access reports of the window, and the term
 * marks when a term ends in it; then maps them into observations.
 */
final class UnitPuller {
  private final NetCityClient client;
  private final CodeTables tables;
  private final int yearId;
  private final List<AssignmentType> types;

  UnitPuller(NetCityClient client, CodeTables tables, int yearId, List<AssignmentType> types) {
    this.client = client;
    this.tables = tables;
    this.yearId = yearId;
    this.types = types;
  }

  UnitObservations.Result pull(
      UnitScope scope, ClassRef schoolClass, List<TermRef> terms, List<StudentRef> roster) {
    Map<Integer, List<Diary>> diaries = new LinkedHashMap<>();
    for (StudentRef student : roster) {
      List<Diary> weeks = new ArrayList<>();
      for (LocalDate monday = scope.from().with(DayOfWeek.MONDAY);
          !monday.isAfter(scope.to());
          monday = monday.plusWeeks(1)) {
        LocalDate from = monday.isBefore(scope.from()) ? scope.from() : monday;
        LocalDate sunday = monday.plusDays(6);
        LocalDate to = sunday.isAfter(scope.to()) ? scope.to() : sunday;
        weeks.add(client.diary(student.id(), from, to, yearId));
      }
      diaries.put(student.id(), weeks);
    }
    var reports = client.reports();
    boolean termEnds = terms.stream().anyMatch(t -> scope.covers(t.end()));
    var input =
        new UnitObservations.Input(
            roster,
            diaries,
            reports.attendance(schoolClass, scope.from(), scope.to()),
            reports.journalAccess(schoolClass, scope.from(), scope.to()),
            termEnds ? reports.termMarks(schoolClass) : List.of(),
            terms,
            types);
    return UnitObservations.build(scope, input, tables);
  }
}
