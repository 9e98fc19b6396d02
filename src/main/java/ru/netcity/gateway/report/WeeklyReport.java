package ru.netcity.gateway.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import ru.netcity.gateway.audit.Finding;
import ru.netcity.gateway.audit.FindingFilter;
import ru.netcity.gateway.audit.Severity;
import ru.netcity.gateway.report.ReportTable.Column;
import ru.netcity.gateway.report.ReportTable.Kind;
import ru.netcity.gateway.security.Account;
import ru.netcity.gateway.security.Role;

/**
 * One recipient's weekly report: its tables and the class days left out.
 *
 * @param leftOut «7А: 09.03, 10.03» for the recipient's classes whose days the gate left out
 */
record WeeklyReport(String title, String subtitle, List<ReportTable> tables, List<String> leftOut) {

  /** The report for the account, or null when it gets none (no role for it, no complete day). */
  static WeeklyReport of(Account account, Week week, WeekData data, List<Finding> findings) {
    Predicate<String> mine = account::mayRead;
    if (data.complete.values().stream().noneMatch(mine)) {
      return null;
    }
    List<String> leftOut = new ArrayList<>();
    data.leftOut.forEach(
        (c, days) -> {
          if (mine.test(c)) {
            leftOut.add(c + ": " + String.join(", ", days.stream().map(Week::day).toList()));
          }
        });
    String subtitle = "Неделя " + week.label() + " (только дни с полными данными синхронизации)";
    if (account.role() == Role.DEPUTY_DIRECTOR) {
      return new WeeklyReport(
          "Еженедельный отчёт о ведении электронного журнала",
          subtitle,
          List.of(
              counts("Замечания по классам", "Класс", Finding::className, findings, data),
              counts(
                  "Замечания по правилам", "Правило (пункт)", WeeklyReport::rule, findings, null),
              counts("Замечания по учителям", "Учитель", WeeklyReport::teacher, findings, null)),
          leftOut);
    }
    if (account.role() != Role.TEACHER && account.role() != Role.CLASS_TEACHER) {
      return null;
    }
    FindingFilter own = new FindingFilter(null, null, null, null, account.displayName());
    List<Finding> theirs =
        findings.stream()
            .filter(f -> mine.test(f.className()))
            .filter(f -> account.role() == Role.CLASS_TEACHER || own.names(f))
            .toList();
    return new WeeklyReport(
        account.role() == Role.CLASS_TEACHER
            ? "Отчёт классного руководителя об успеваемости и посещаемости"
            : "Отчёт учителя об успеваемости и посещаемости",
        subtitle + ", " + account.displayName(),
        List.of(progress(data, mine), findings(account, theirs)),
        leftOut);
  }

  private static ReportTable progress(WeekData data, Predicate<String> mine) {
    List<List<Object>> rows = new ArrayList<>();
    data.progress.forEach(
        (c, bySubject) -> {
          if (mine.test(c)) {
            bySubject.forEach(
                (subject, p) ->
                    rows.add(
                        new ArrayList<>(
                            java.util.Arrays.asList(
                                c, subject, p.lessons, p.marks, p.average(), p.absences))));
          }
        });
    return new ReportTable(
        "Успеваемость и посещаемость",
        "",
        List.of(
            new Column("Класс", Kind.TEXT),
            new Column("Предмет", Kind.TEXT),
            new Column("Уроков", Kind.NUMBER),
            new Column("Отметок", Kind.NUMBER),
            new Column("Средний балл", Kind.NUMBER),
            new Column("Пропусков", Kind.NUMBER)),
        rows);
  }

  private static ReportTable findings(Account account, List<Finding> findings) {
    List<List<Object>> rows = new ArrayList<>();
    findings.stream()
        .sorted(Comparator.comparing(Finding::lessonDate).thenComparing(Finding::className))
        .forEach(
            f ->
                rows.add(
                    new ArrayList<>(
                        java.util.Arrays.asList(
                            f.lessonDate(),
                            f.className(),
                            f.subject(),
                            teacher(f),
                            f.clause(),
                            f.severity().label(),
                            f.message()))));
    return new ReportTable(
        account.role() == Role.CLASS_TEACHER ? "Замечания по классу" : "Ваши замечания",
        rows.isEmpty() ? "Замечаний нет." : "",
        List.of(
            new Column("Дата", Kind.DATE),
            new Column("Класс", Kind.TEXT),
            new Column("Предмет", Kind.TEXT),
            new Column("Учитель", Kind.TEXT),
            new Column("Пункт", Kind.TEXT),
            new Column("Важность", Kind.TEXT),
            new Column("Замечание", Kind.TEXT)),
        rows);
  }

  /** Findings counted by severity per key, most violations first; with lessons when by class. */
  private static ReportTable counts(
      String title,
      String header,
      Function<Finding, String> key,
      List<Finding> findings,
      WeekData lessonsOf) {
    Map<String, int[]> counts = new TreeMap<>();
    if (lessonsOf != null) {
      lessonsOf.progress.keySet().forEach(c -> counts.put(c, new int[3]));
    }
    for (Finding f : findings) {
      counts.computeIfAbsent(key.apply(f), k -> new int[3])[f.severity().ordinal()]++;
    }
    List<List<Object>> rows = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
                .thenComparing(e -> -e.getValue()[1]))
        .forEach(
            e -> {
              List<Object> row = new ArrayList<>();
              row.add(e.getKey());
              if (lessonsOf != null) {
                row.add(
                    lessonsOf.progress.getOrDefault(e.getKey(), Map.of()).values().stream()
                        .mapToInt(p -> p.lessons)
                        .sum());
              }
              row.add(e.getValue()[0]);
              row.add(e.getValue()[1]);
              row.add(e.getValue()[2]);
              rows.add(row);
            });
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(header, Kind.TEXT));
    if (lessonsOf != null) {
      columns.add(new Column("Уроков", Kind.NUMBER));
    }
    for (Severity s : Severity.values()) {
      columns.add(new Column(s.label(), Kind.NUMBER));
    }
    return new ReportTable(title, "", columns, rows);
  }

  private static String rule(Finding f) {
    return f.rule() + " (п. " + f.clause() + ")";
  }

  private static String teacher(Finding f) {
    return f.teacher() == null ? "не указан" : f.teacher();
  }
}
