package ru.netcity.gateway.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.mapping.CodeTables;
import ru.netcity.gateway.mapping.MarkSetDates;
import ru.netcity.gateway.mapping.UnitObservations;
import ru.netcity.gateway.netcity.ClassRef;
import ru.netcity.gateway.netcity.DiaryWindows;
import ru.netcity.gateway.netcity.NetCityClient;
import ru.netcity.gateway.netcity.NetCityException;
import ru.netcity.gateway.netcity.StudentRef;
import ru.netcity.gateway.netcity.TermRef;
import ru.netcity.gateway.netcity.dto.AssignmentType;
import ru.netcity.gateway.netcity.dto.Diary;
import ru.netcity.gateway.netcity.report.GradeRow;
import ru.netcity.gateway.netcity.report.TermMarkRow;

/**
 * Pulls one work unit: the diaries of every student of the class's roster (read once per run) over
 * the window (whole, or week by week where the AIS answers a week at most), the attendance and
 * journal access reports of the window, and each student's {@code studenttotalmarks} when a term
 * ends in it; then maps them into observations, and reads {@code studentgrades} only for the marks
 * the journal log gave no time for ({@link MarkSetDates}). The diaries are read on the run's shared
 * fetch pool, one task per student, while the unit's own thread waits for its reports on the hub;
 * so the request budget stays busy even when only one unit is left. The first failure stops the
 * unit's remaining reads.
 */
final class UnitPuller {
  private final NetCityClient client;
  private final CodeTables tables;
  private final int yearId;
  private final List<AssignmentType> types;
  private final ExecutorService fetchPool;
  private final long deadlineNanos;
  private final DiaryWindows windows;

  /**
   * @param deadlineNanos the run's deadline ({@link System#nanoTime()}): no wait for the diary
   *     reads goes past it
   * @param windows which hosts answer a diary span whole (shared by the runs of the process)
   */
  UnitPuller(
      NetCityClient client,
      CodeTables tables,
      int yearId,
      List<AssignmentType> types,
      ExecutorService fetchPool,
      long deadlineNanos,
      DiaryWindows windows) {
    this.client = client;
    this.tables = tables;
    this.yearId = yearId;
    this.types = types;
    this.fetchPool = fetchPool;
    this.deadlineNanos = deadlineNanos;
    this.windows = windows;
  }

  UnitObservations.Result pull(
      UnitScope scope, ClassRef schoolClass, List<TermRef> terms, List<StudentRef> roster) {
    AtomicBoolean failed = new AtomicBoolean();
    Map<Integer, Future<List<Diary>>> reads = new LinkedHashMap<>();
    for (StudentRef student : roster) {
      reads.put(student.id(), fetchPool.submit(() -> diaries(student, scope, failed)));
    }
    var reports = client.reports();
    // One studenttotalmarks per student, only when a term ends in the window.
    boolean termEnds = terms.stream().anyMatch(t -> scope.covers(t.end()));
    Map<Integer, Future<List<TermMarkRow>>> totals = new LinkedHashMap<>();
    if (termEnds) {
      for (StudentRef student : roster) {
        totals.put(
            student.id(),
            fetchPool.submit(
                () -> unlessFailed(failed, () -> reports.termMarks(schoolClass, student))));
      }
    }
    try {
      var attendance = reports.attendance(schoolClass, scope.from(), scope.to());
      var journal = reports.journalAccess(schoolClass, scope.from(), scope.to());
      Map<Integer, List<Diary>> diaries = joined(reads);
      List<TermMarkRow> termMarks = new ArrayList<>();
      joined(totals).values().forEach(termMarks::addAll);
      var input =
          new UnitObservations.Input(roster, diaries, attendance, journal, termMarks, terms, types);
      return withMarkSetDates(
          scope, schoolClass, roster, UnitObservations.build(scope, input, tables));
    } catch (RuntimeException e) {
      failed.set(true);
      reads.values().forEach(f -> f.cancel(false));
      totals.values().forEach(f -> f.cancel(false));
      throw e;
    }
  }

  /**
   * Reads {@code studentgrades} for the (student, subject) pairs with a mark the journal log gave
   * no time for, and no other: in the usual night there is none and no report is run.
   */
  private UnitObservations.Result withMarkSetDates(
      UnitScope scope,
      ClassRef schoolClass,
      List<StudentRef> roster,
      UnitObservations.Result result) {
    Set<MarkSetDates.Pair> needed = MarkSetDates.needed(result);
    if (needed.isEmpty()) {
      return result;
    }
    Map<Integer, StudentRef> students = new HashMap<>();
    roster.forEach(s -> students.put(s.id(), s));
    Map<Integer, Map<String, Integer>> subjectIds = new HashMap<>();
    Map<MarkSetDates.Pair, List<GradeRow>> rows = new HashMap<>();
    for (MarkSetDates.Pair pair : needed) {
      StudentRef student = students.get(pair.studentId());
      if (student == null) {
        continue;
      }
      Integer subjectId =
          subjectIds
              .computeIfAbsent(student.id(), id -> subjectIdsOf(schoolClass, student))
              .get(pair.subject());
      if (subjectId != null) {
        rows.put(
            pair,
            client.reports().grades(schoolClass, student, subjectId, scope.from(), scope.to()));
      }
    }
    return MarkSetDates.apply(result, rows, tables);
  }

  private Map<String, Integer> subjectIdsOf(ClassRef schoolClass, StudentRef student) {
    Map<String, Integer> ids = new HashMap<>();
    client.subjects(schoolClass, student).forEach(s -> ids.putIfAbsent(s.name(), s.id()));
    return ids;
  }

  private static <T> T unlessFailed(AtomicBoolean failed, Supplier<T> read) {
    if (failed.get()) {
      throw new CancellationException("another read of the unit failed");
    }
    try {
      return read.get();
    } catch (RuntimeException e) {
      failed.set(true);
      throw e;
    }
  }

  /**
   * The student's diary over the unit: the whole window in one request where the host answers it
   * whole, else a week per request.
   */
  private List<Diary> diaries(StudentRef student, UnitScope scope, AtomicBoolean failed) {
    String host = client.origin();
    List<UnitScope.Week> weeks = scope.weeks();
    if (weeks.size() > 1 && windows.tryWhole(host)) {
      Diary whole = read(student, new UnitScope.Week(scope.from(), scope.to()), failed);
      if (windows.answeredWhole(host, whole, scope.from(), scope.to())) {
        return List.of(whole);
      }
    }
    List<Diary> read = new ArrayList<>();
    for (UnitScope.Week week : weeks) {
      read.add(read(student, week, failed));
    }
    return read;
  }

  private Diary read(StudentRef student, UnitScope.Week span, AtomicBoolean failed) {
    if (failed.get()) {
      throw new CancellationException("another read of the unit failed");
    }
    try {
      return client.diary(student.id(), span.from(), span.to(), yearId);
    } catch (RuntimeException e) {
      failed.set(true);
      throw e;
    }
  }

  /** Every student's reads; or the first real failure among them, not a cancelled one. */
  private <T> Map<Integer, T> joined(Map<Integer, Future<T>> reads) {
    Map<Integer, T> diaries = new LinkedHashMap<>();
    RuntimeException failure = null;
    for (var read : reads.entrySet()) {
      try {
        diaries.put(
            read.getKey(),
            read.getValue().get(deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS));
      } catch (ExecutionException e) {
        RuntimeException cause =
            e.getCause() instanceof RuntimeException r
                ? r
                : new NetCityException("diary read failed: " + e.getCause(), e.getCause());
        if (failure == null || failure instanceof CancellationException) {
          failure = cause;
        }
      } catch (CancellationException e) {
        failure = failure == null ? e : failure;
      } catch (TimeoutException e) {
        throw new NetCityException.Timeout("the diary reads of the unit (run deadline)", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new NetCityException("interrupted while reading diaries", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
    return diaries;
  }
}
