package ru.netcity.gateway.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import ru.netcity.gateway.audit.AuditRun;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.audit.Completeness;
import ru.netcity.gateway.audit.Finding;
import ru.netcity.gateway.audit.Term;

/**
 * The compliance service: counts the dashboard and the drill-down from the newest audit and the
 * ledger (read once per audit run, see {@link SnapshotLoader}), for a filter and a viewer.
 */
public final class Compliance {
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd.MM");
  private static final int WORST = 10;

  /**
   * The rules judged per lesson day: the weekly trend counts only these (a term's units and
   * findings all fall on its last day and would read as one bad week).
   */
  static final java.util.Set<String> DAILY =
      java.util.Set.of(SnapshotLoader.LESSONS, SnapshotLoader.HOMEWORK);

  private final AuditService audits;
  private final SnapshotLoader loader;
  private LedgerSnapshot cached;

  /** The filters' choices by audit run and viewer (each a pass over every unit). */
  private final Map<String, Map<String, List<String>>> choices =
      new java.util.concurrent.ConcurrentHashMap<>();

  public Compliance(AuditService audits) {
    this.audits = audits;
    this.loader = new SnapshotLoader(audits);
  }

  /** The newest audit's snapshot, read anew when a newer audit ran; empty before any audit. */
  synchronized Optional<LedgerSnapshot> snapshot() {
    Optional<AuditRun> run = audits.latest();
    if (run.isEmpty()) {
      return Optional.empty();
    }
    if (cached == null || !cached.run().id().equals(run.get().id())) {
      cached = loader.load(run.get());
      choices.clear();
    }
    return Optional.of(cached);
  }

  /**
   * Reads the newest audit's snapshot now if it is not yet (the first page after an audit need not
   * wait for it); for a background thread.
   */
  public void refresh() {
    snapshot();
  }

  public Optional<ComplianceReport> report(ReportFilter filter, Viewer viewer) {
    return snapshot().map(s -> report(s, filter, viewer));
  }

  public Optional<List<FindingView>> findings(ReportFilter filter, Viewer viewer) {
    return snapshot().map(s -> findings(s, filter, viewer));
  }

  /** What the filters offer: terms, and the classes, teachers and subjects the viewer sees. */
  public Map<String, List<String>> choices(Viewer viewer) {
    LedgerSnapshot s = snapshot().orElse(null);
    if (s == null) {
      return choices(null, viewer);
    }
    if (choices.size() > 1000) {
      choices.clear();
    }
    return choices.computeIfAbsent(s.run().id() + '|' + viewer, k -> choices(s, viewer));
  }

  private static Map<String, List<String>> choices(LedgerSnapshot s, Viewer viewer) {
    Map<String, List<String>> choices = new HashMap<>();
    if (s == null) {
      for (String k : List.of("terms", "classes", "teachers", "subjects")) {
        choices.put(k, List.of());
      }
      return choices;
    }
    TreeSet<String> classes = new TreeSet<>(Compliance::classOrder);
    TreeSet<String> teachers = new TreeSet<>();
    TreeSet<String> subjects = new TreeSet<>();
    for (Unit u : s.units()) {
      if (viewer.sees(u.className(), u.teacher())) {
        if (u.className() != null) {
          classes.add(u.className());
        }
        teachers.addAll(Names.split(u.teacher()));
        subjects.add(u.subject());
      }
    }
    choices.put("terms", s.termNames());
    choices.put("classes", List.copyOf(classes));
    choices.put("teachers", List.copyOf(teachers));
    choices.put("subjects", List.copyOf(subjects));
    return choices;
  }

  private static final class Acc {
    int units;
    int flagged;
    int findings;

    ShareRow row(String key, String name) {
      return new ShareRow(
          key,
          name,
          units,
          flagged,
          findings,
          units == 0 ? null : (units - flagged) / (double) units);
    }
  }

  static ComplianceReport report(LedgerSnapshot s, ReportFilter filter, Viewer viewer) {
    int mask = filter.severityMask();
    Acc total = new Acc();
    Map<String, Acc> rules = new TreeMap<>();
    Map<String, Acc> classes = new TreeMap<>(Compliance::classOrder);
    Map<String, Acc> teachers = new TreeMap<>();
    Map<String, Acc> subjects = new TreeMap<>();
    Map<LocalDate, Acc> weeks = new TreeMap<>();
    for (Unit u : s.units()) {
      if (!viewer.sees(u.className(), u.teacher())
          || !filter.matches(
              u.rule(), u.className(), u.subject(), u.teacher(), u.date(), u.term())) {
        continue;
      }
      boolean flagged = u.flagged(mask);
      for (Acc acc :
          accs(
              u.rule(),
              u.className(),
              u.subject(),
              u.teacher(),
              u.date(),
              total,
              rules,
              classes,
              teachers,
              subjects,
              weeks)) {
        acc.units++;
        if (flagged) {
          acc.flagged++;
        }
      }
    }
    for (LedgerSnapshot.Seen seen : s.findings()) {
      Finding f = seen.finding();
      if (visible(f, seen.term(), filter, viewer)) {
        for (Acc acc :
            accs(
                f.rule(),
                f.className(),
                f.subject(),
                f.teacher(),
                f.lessonDate(),
                total,
                rules,
                classes,
                teachers,
                subjects,
                weeks)) {
          acc.findings++;
        }
      }
    }
    List<ShareRow> byRule = new ArrayList<>();
    for (RuleTexts.RuleText text : RuleTexts.all()) {
      Acc acc = rules.remove(text.code());
      if (acc != null) {
        byRule.add(acc.row(text.code(), "п. " + text.clause() + " — " + text.label()));
      }
    }
    rules.forEach((code, acc) -> byRule.add(acc.row(code, RuleTexts.of(code).label())));
    List<ShareRow> byTeacher = rows(teachers);
    List<ShareRow> byClass = rows(classes);
    List<ShareRow> trend = new ArrayList<>();
    weeks.forEach(
        (monday, acc) ->
            trend.add(
                acc.row(
                    monday.toString(),
                    SHORT.format(monday) + "–" + SHORT.format(monday.plusDays(6)))));
    return new ComplianceReport(
        s.run().id(),
        s.run().finishedAt(),
        filter,
        total.row("", "Всего"),
        byRule,
        byClass,
        byTeacher,
        rows(subjects),
        trend,
        worst(byTeacher),
        worst(byClass),
        completeness(s, filter, viewer));
  }

  private static List<Acc> accs(
      String rule,
      String className,
      String subject,
      String teacher,
      LocalDate date,
      Acc total,
      Map<String, Acc> rules,
      Map<String, Acc> classes,
      Map<String, Acc> teachers,
      Map<String, Acc> subjects,
      Map<LocalDate, Acc> weeks) {
    List<Acc> accs = new ArrayList<>(8);
    accs.add(total);
    accs.add(rules.computeIfAbsent(rule, k -> new Acc()));
    accs.add(classes.computeIfAbsent(className == null ? "—" : className, k -> new Acc()));
    for (String name : Names.split(teacher)) {
      accs.add(teachers.computeIfAbsent(name, k -> new Acc()));
    }
    accs.add(subjects.computeIfAbsent(subject == null ? "—" : subject, k -> new Acc()));
    if (date != null && DAILY.contains(rule)) {
      accs.add(
          weeks.computeIfAbsent(
              date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), k -> new Acc()));
    }
    return accs;
  }

  private static boolean visible(Finding f, String term, ReportFilter filter, Viewer viewer) {
    return filter.counts(f.severity())
        && viewer.sees(f.className(), f.teacher())
        && filter.matches(f.rule(), f.className(), f.subject(), f.teacher(), f.lessonDate(), term);
  }

  static List<FindingView> findings(LedgerSnapshot s, ReportFilter filter, Viewer viewer) {
    List<FindingView> views = new ArrayList<>();
    for (LedgerSnapshot.Seen seen : s.findings()) {
      Finding f = seen.finding();
      if (!visible(f, seen.term(), filter, viewer)) {
        continue;
      }
      RuleTexts.RuleText text = RuleTexts.of(f.rule());
      views.add(
          new FindingView(
              f.lessonDate(),
              seen.term(),
              f.className(),
              f.subject(),
              f.teacher(),
              f.studentId(),
              f.rule(),
              text.label(),
              f.clause(),
              text.regulation(),
              f.severity().label(),
              f.message(),
              f.evidence()));
    }
    views.sort(
        Comparator.comparing(FindingView::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(v -> v.className() == null ? "" : v.className(), Compliance::classOrder)
            .thenComparing(v -> v.subject() == null ? "" : v.subject()));
    return views;
  }

  private static List<ShareRow> rows(Map<String, Acc> accs) {
    List<ShareRow> rows = new ArrayList<>();
    accs.forEach((name, acc) -> rows.add(acc.row(name, name)));
    return rows;
  }

  /** The ten lowest shares, more flagged units first among equal shares. */
  private static List<ShareRow> worst(List<ShareRow> rows) {
    return rows.stream()
        .filter(r -> r.share() != null && r.flagged() > 0)
        .sorted(
            Comparator.comparing(ShareRow::share)
                .thenComparing(ShareRow::flagged, Comparator.reverseOrder())
                .thenComparing(ShareRow::name))
        .limit(WORST)
        .toList();
  }

  /**
   * The gaps of the chosen period (term, dates) up to the newest sync, per visible class. Only the
   * class's term days count: holidays and the summer are never pulled, and no rule judges them.
   */
  private static CompletenessView completeness(
      LedgerSnapshot s, ReportFilter filter, Viewer viewer) {
    Completeness c = s.completeness();
    List<CompletenessView.Gap> gaps = new ArrayList<>();
    LocalDate asOf = c.asOf() == null ? null : c.asOf().toLocalDate();
    Map<String, Integer> ids = new TreeMap<>(Compliance::classOrder);
    s.classNames().forEach((id, name) -> ids.put(name, id));
    for (var entry : ids.entrySet()) {
      String name = entry.getKey();
      int classId = entry.getValue();
      if (!viewer.seesClass(name)
          || (filter.className() != null && !filter.className().equalsIgnoreCase(name))
          || asOf == null
          || c.base().equals(LocalDate.MIN)) {
        continue;
      }
      LocalDate from = c.base();
      LocalDate to = asOf.minusDays(1);
      if (filter.term() != null) {
        Term term =
            s.terms().getOrDefault(classId, List.of()).stream()
                .filter(t -> t.name().equals(filter.term()))
                .findFirst()
                .orElse(null);
        if (term == null) {
          continue;
        }
        from = later(from, term.start());
        to = earlier(to, term.end());
      }
      if (filter.from() != null) {
        from = later(from, filter.from());
      }
      if (filter.to() != null) {
        to = earlier(to, filter.to());
      }
      List<Term> terms = s.terms().getOrDefault(classId, List.of());
      LocalDate gapStart = null;
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        boolean missing = !c.complete(classId, d) && inATerm(terms, d);
        if (missing && gapStart == null) {
          gapStart = d;
        }
        if (!missing && gapStart != null) {
          gaps.add(gap(name, gapStart, d.minusDays(1)));
          gapStart = null;
        }
      }
      if (gapStart != null) {
        gaps.add(gap(name, gapStart, to));
      }
    }
    List<String> incomplete =
        c.incompleteClasses().stream()
            .map(id -> s.classNames().getOrDefault(id, String.valueOf(id)))
            .filter(viewer::seesClass)
            .sorted(Compliance::classOrder)
            .toList();
    return new CompletenessView(
        c.syncRunId(), c.asOf(), c.unitsDone(), c.unitsTotal(), incomplete, gaps);
  }

  /** Whether a day lies in one of the class's terms (every day counts when none is known). */
  private static boolean inATerm(List<Term> terms, LocalDate day) {
    return terms.isEmpty()
        || terms.stream().anyMatch(t -> !day.isBefore(t.start()) && !day.isAfter(t.end()));
  }

  private static CompletenessView.Gap gap(String name, LocalDate from, LocalDate to) {
    return new CompletenessView.Gap(name, from, to, (int) ChronoUnit.DAYS.between(from, to) + 1);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** «5А» before «10Б»: by the grade's number, then the letter. */
  static int classOrder(String a, String b) {
    int c = Integer.compare(grade(a), grade(b));
    return c != 0 ? c : a.compareTo(b);
  }

  private static int grade(String name) {
    int i = 0;
    while (i < name.length() && Character.isDigit(name.charAt(i))) {
      i++;
    }
    return i == 0 ? Integer.MAX_VALUE : Integer.parseInt(name.substring(0, Math.min(i, 3)));
  }
}
