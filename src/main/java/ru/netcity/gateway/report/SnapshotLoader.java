package ru.netcity.gateway.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import ru.netcity.gateway.audit.AuditRun;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.audit.Finding;
import ru.netcity.gateway.audit.FindingFilter;
import ru.netcity.gateway.audit.JournalEntry;
import ru.netcity.gateway.audit.Term;
import ru.netcity.gateway.domain.EntryKind;

/**
 * Reads a {@link LedgerSnapshot}: the lessons, homework, teachers, terms and term marks of the
 * school (one streamed query), the roster and the run's findings; makes the units of {@link
 * RuleTexts} and marks those with findings.
 */
final class SnapshotLoader {
  static final String LESSONS = "LESSON_RECORD_SAME_DAY";
  static final String HOMEWORK = "HOMEWORK_WITHIN_5H";
  static final String SUFFICIENCY = "MARK_SUFFICIENCY";
  static final Set<String> TERM_MARK_RULES =
      Set.of("FINAL_MARKS_WITHIN_1DAY", "FINAL_MARK_OBJECTIVITY");

  private final AuditService audits;

  SnapshotLoader(AuditService audits) {
    this.audits = audits;
  }

  LedgerSnapshot load(AuditRun run) {
    int school = run.schoolId();
    Map<Integer, String> classNames = audits.classNames(school);
    Map<Integer, List<Term>> terms = new HashMap<>();
    List<JournalEntry> lessons = new ArrayList<>();
    List<JournalEntry> homework = new ArrayList<>();
    List<JournalEntry> termMarks = new ArrayList<>();
    Map<String, Set<String>> teachersOfDay = new HashMap<>();
    audits.entries(
        school,
        EnumSet.of(
            EntryKind.LESSON,
            EntryKind.HOMEWORK,
            EntryKind.TEACHER,
            EntryKind.TERM,
            EntryKind.TERM_MARK),
        e -> {
          switch (e.kind()) {
            case LESSON -> lessons.add(e);
            case HOMEWORK -> homework.add(e);
            case TERM_MARK -> termMarks.add(e);
            case TERM ->
                terms
                    .computeIfAbsent(e.classId(), c -> new ArrayList<>())
                    .add(Term.parse(e.classId(), e.value()));
            case TEACHER -> {
              String[] parts = e.value().split("\\|", -1);
              if (parts.length > 1 && !parts[1].isBlank()) {
                teachersOfDay
                    .computeIfAbsent(
                        day(e.classId(), e.subject(), e.lessonDate()), k -> new TreeSet<>())
                    .add(Names.words(parts[1]));
              }
            }
            default -> {}
          }
        });
    terms.values().forEach(list -> list.sort(Comparator.comparing(Term::start)));
    Map<String, Unit> units = new LinkedHashMap<>();
    for (JournalEntry e : lessons) {
      lessonUnit(units, LESSONS, e, classNames, terms, teachersOfDay);
    }
    for (JournalEntry e : homework) {
      lessonUnit(units, HOMEWORK, e, classNames, terms, teachersOfDay);
    }
    Map<String, String> termTeachers = termTeachers(lessons, terms, teachersOfDay);
    sufficiencyUnits(units, lessons, audits.roster(school), run, classNames, terms, termTeachers);
    for (JournalEntry e : termMarks) {
      Term term = LedgerSnapshot.termOf(terms, e.classId(), e.lessonDate());
      String teacher =
          term == null ? null : termTeachers.get(termKey(e.classId(), e.subject(), term));
      for (String rule : TERM_MARK_RULES) {
        units.putIfAbsent(
            key(rule, e.classId(), e.subject(), e.studentId(), e.lessonDate()),
            new Unit(
                rule,
                e.classId(),
                classNames.get(e.classId()),
                e.subject(),
                teacher,
                e.lessonDate(),
                term == null ? null : term.name(),
                0));
      }
    }
    List<LedgerSnapshot.Seen> seen = new ArrayList<>();
    for (Finding f : audits.findings(run, FindingFilter.ALL)) {
      Term term = LedgerSnapshot.termOf(terms, f.classId(), f.lessonDate());
      seen.add(new LedgerSnapshot.Seen(f, term == null ? null : term.name()));
      flag(units, f, term, classNames);
    }
    Set<String> names = new java.util.LinkedHashSet<>();
    terms.values().stream()
        .flatMap(List::stream)
        .sorted(Comparator.comparing(Term::start))
        .forEach(t -> names.add(t.name()));
    return new LedgerSnapshot(
        run,
        List.copyOf(units.values()),
        seen,
        classNames,
        terms,
        List.copyOf(names),
        audits.completeness(school));
  }

  /** A finding's unit gets its severity; a unit the ledger lacks (a missing record) is added. */
  private static void flag(
      Map<String, Unit> units, Finding f, Term term, Map<Integer, String> classNames) {
    String rule = f.rule();
    String key;
    if (rule.equals(LESSONS) || rule.equals(HOMEWORK)) {
      key = key(rule, f.classId(), f.subject(), null, f.lessonDate());
    } else if (rule.equals(SUFFICIENCY)) {
      key =
          key(
              rule,
              f.classId(),
              f.subject(),
              f.studentId(),
              term == null ? f.lessonDate() : term.end());
    } else if (TERM_MARK_RULES.contains(rule)) {
      key = key(rule, f.classId(), f.subject(), f.studentId(), f.lessonDate());
    } else {
      return; // no denominator: counted as findings only
    }
    Unit unit = units.get(key);
    if (unit == null) {
      unit =
          new Unit(
              rule,
              f.classId(),
              f.className() != null ? f.className() : classNames.get(f.classId()),
              f.subject(),
              f.teacher(),
              f.lessonDate(),
              term == null ? null : term.name(),
              0);
    } else if (f.teacher() != null) {
      unit = unit.withTeacher(f.teacher()); // the audit's attribution wins (a group's teacher)
    }
    units.put(key, unit.withSeverity(f.severity()));
  }

  private static void lessonUnit(
      Map<String, Unit> units,
      String rule,
      JournalEntry e,
      Map<Integer, String> classNames,
      Map<Integer, List<Term>> terms,
      Map<String, Set<String>> teachersOfDay) {
    if (e.lessonDate() == null || e.subject() == null) {
      return;
    }
    String key = key(rule, e.classId(), e.subject(), null, e.lessonDate());
    if (units.containsKey(key)) {
      return;
    }
    Set<String> teachers = teachersOfDay.get(day(e.classId(), e.subject(), e.lessonDate()));
    Term term = LedgerSnapshot.termOf(terms, e.classId(), e.lessonDate());
    units.put(
        key,
        new Unit(
            rule,
            e.classId(),
            classNames.get(e.classId()),
            e.subject(),
            teachers == null ? null : String.join(", ", teachers),
            e.lessonDate(),
            term == null ? null : term.name(),
            0));
  }

  /**
   * One unit per roster student and subject the class had lessons of, for each ended term (the
   * audit judges ended terms only).
   */
  private static void sufficiencyUnits(
      Map<String, Unit> units,
      List<JournalEntry> lessons,
      Map<Integer, List<Integer>> roster,
      AuditRun run,
      Map<Integer, String> classNames,
      Map<Integer, List<Term>> terms,
      Map<String, String> termTeachers) {
    LocalDate today = run.startedAt().toLocalDate();
    Map<Integer, Map<Term, Set<String>>> subjects = new HashMap<>();
    for (JournalEntry e : lessons) {
      Term term = LedgerSnapshot.termOf(terms, e.classId(), e.lessonDate());
      if (term != null && term.end().isBefore(today) && e.subject() != null) {
        subjects
            .computeIfAbsent(e.classId(), c -> new HashMap<>())
            .computeIfAbsent(term, t -> new TreeSet<>())
            .add(e.subject());
      }
    }
    subjects.forEach(
        (classId, byTerm) ->
            byTerm.forEach(
                (term, names) -> {
                  for (String subject : names) {
                    String teacher = termTeachers.get(termKey(classId, subject, term));
                    for (int student : roster.getOrDefault(classId, List.of())) {
                      units.put(
                          key(SUFFICIENCY, classId, subject, student, term.end()),
                          new Unit(
                              SUFFICIENCY,
                              classId,
                              classNames.get(classId),
                              subject,
                              teacher,
                              term.end(),
                              term.name(),
                              0));
                    }
                  }
                }));
  }

  /** Per class, subject and term: the teacher of most of its lessons. */
  private static Map<String, String> termTeachers(
      List<JournalEntry> lessons,
      Map<Integer, List<Term>> terms,
      Map<String, Set<String>> teachersOfDay) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    Set<String> days = new HashSet<>();
    for (JournalEntry e : lessons) {
      String day = day(e.classId(), e.subject(), e.lessonDate());
      Term term = LedgerSnapshot.termOf(terms, e.classId(), e.lessonDate());
      Set<String> teachers = teachersOfDay.get(day);
      if (term == null || teachers == null || !days.add(day)) {
        continue;
      }
      for (String t : teachers) {
        counts
            .computeIfAbsent(termKey(e.classId(), e.subject(), term), k -> new HashMap<>())
            .merge(t, 1, Integer::sum);
      }
    }
    Map<String, String> most = new HashMap<>();
    counts.forEach(
        (k, byTeacher) ->
            most.put(
                k,
                byTeacher.entrySet().stream()
                    .max(
                        Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow()
                    .getKey()));
    return most;
  }

  private static String key(
      String rule, int classId, String subject, Integer student, LocalDate date) {
    return rule + '|' + classId + '|' + subject + '|' + student + '|' + date;
  }

  private static String day(int classId, String subject, LocalDate date) {
    return classId + "|" + subject + "|" + date;
  }

  private static String termKey(int classId, String subject, Term term) {
    return classId + "|" + subject + "|" + term.end();
  }
}
