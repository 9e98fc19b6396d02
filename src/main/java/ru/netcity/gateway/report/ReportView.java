package ru.netcity.gateway.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import ru.netcity.gateway.report.ReportTable.Column;
import ru.netcity.gateway.report.ReportTable.Kind;

/**
 * The views of the dashboard and the drill-down, each as the {@link ReportTable} its exports write.
 */
public enum ReportView {
  RULES("rules", "Соответствие регламенту по правилам", "Правило"),
  CLASSES("classes", "Соответствие регламенту по классам", "Класс"),
  TEACHERS("teachers", "Соответствие регламенту по учителям", "Учитель"),
  SUBJECTS("subjects", "Соответствие регламенту по предметам", "Предмет"),
  TREND("trend", "Соответствие по неделям (п. 2.1 и 2.2)", "Неделя"),
  WORST_TEACHERS("worst-teachers", "Десять учителей с наименьшей долей", "Учитель"),
  WORST_CLASSES("worst-classes", "Десять классов с наименьшей долей", "Класс"),
  COMPLETENESS("completeness", "Полнота последней синхронизации: пропущенные дни", "Класс"),
  FINDINGS("findings", "Замечания", "Дата");

  private final String path;
  private final String title;
  private final String first;

  ReportView(String path, String title, String first) {
    this.path = path;
    this.title = title;
    this.first = first;
  }

  public String path() {
    return path;
  }

  public String title() {
    return title;
  }

  public static Optional<ReportView> ofPath(String path) {
    return Arrays.stream(values()).filter(v -> v.path.equals(path)).findFirst();
  }

  /** The dashboard's views, in the order the page shows them. */
  public static List<ReportView> dashboard() {
    return List.of(
        RULES, CLASSES, TEACHERS, SUBJECTS, TREND, WORST_TEACHERS, WORST_CLASSES, COMPLETENESS);
  }

  /** This view of the report (not {@link #FINDINGS}). */
  public ReportTable table(ComplianceReport report) {
    String subtitle = report.filter().words();
    return switch (this) {
      case RULES -> shares(report.byRule(), subtitle);
      case CLASSES -> shares(report.byClass(), subtitle);
      case TEACHERS -> shares(report.byTeacher(), subtitle);
      case SUBJECTS -> shares(report.bySubject(), subtitle);
      case TREND -> shares(report.trend(), subtitle);
      case WORST_TEACHERS -> shares(report.worstTeachers(), subtitle);
      case WORST_CLASSES -> shares(report.worstClasses(), subtitle);
      case COMPLETENESS -> completeness(report.completeness(), subtitle);
      case FINDINGS -> throw new IllegalArgumentException("findings are a list, not a report");
    };
  }

  private ReportTable shares(List<ShareRow> rows, String subtitle) {
    List<List<Object>> cells = new ArrayList<>();
    for (ShareRow r : rows) {
      List<Object> row = new ArrayList<>();
      row.add(r.name());
      row.add(r.units());
      row.add(r.flagged());
      row.add(r.share());
      row.add(r.findings());
      cells.add(row);
    }
    return new ReportTable(
        title,
        subtitle,
        List.of(
            new Column(first, Kind.TEXT),
            new Column("Проверено единиц", Kind.NUMBER),
            new Column("Единиц с замечаниями", Kind.NUMBER),
            new Column("Доля без замечаний", Kind.SHARE),
            new Column("Замечаний", Kind.NUMBER)),
        cells);
  }

  private ReportTable completeness(CompletenessView view, String subtitle) {
    List<List<Object>> cells = new ArrayList<>();
    for (CompletenessView.Gap g : view.gaps()) {
      cells.add(List.of(g.className(), g.from(), g.to(), g.days()));
    }
    String state =
        view.syncRunId() == null
            ? "синхронизаций ещё не было"
            : "последняя синхронизация: %d из %d единиц%s"
                .formatted(
                    view.unitsDone(),
                    view.unitsTotal(),
                    view.incompleteClasses().isEmpty()
                        ? ", все классы полностью"
                        : ", неполные классы: " + String.join(", ", view.incompleteClasses()));
    return new ReportTable(
        title,
        subtitle + "; " + state,
        List.of(
            new Column(first, Kind.TEXT),
            new Column("С", Kind.DATE),
            new Column("По", Kind.DATE),
            new Column("Дней", Kind.NUMBER)),
        cells);
  }

  /** The drill-down's findings. */
  public static ReportTable findings(List<FindingView> findings, ReportFilter filter) {
    List<List<Object>> cells = new ArrayList<>();
    for (FindingView f : findings) {
      List<Object> row = new ArrayList<>();
      row.add(f.date());
      row.add(f.className());
      row.add(f.subject());
      row.add(f.teacher());
      row.add(f.studentId());
      row.add(f.clause());
      row.add(f.ruleLabel());
      row.add(f.severity());
      row.add(f.message());
      row.add(Evidence.words(f.evidence()));
      cells.add(row);
    }
    return new ReportTable(
        FINDINGS.title,
        filter.words(),
        List.of(
            new Column("Дата", Kind.DATE),
            new Column("Класс", Kind.TEXT),
            new Column("Предмет", Kind.TEXT),
            new Column("Учитель", Kind.TEXT),
            new Column("Ученик (№)", Kind.NUMBER),
            new Column("Пункт", Kind.TEXT),
            new Column("Правило", Kind.TEXT),
            new Column("Серьёзность", Kind.TEXT),
            new Column("Замечание", Kind.TEXT),
            new Column("Доказательства", Kind.TEXT)),
        cells);
  }
}
