package ru.netcity.gateway.audit;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.netcity.gateway.audit.ruleset.RuleSet;
import ru.netcity.gateway.audit.ruleset.SufficiencyParameters;
import ru.netcity.gateway.domain.EntryKind;

/**
 * Clause 2.3.1: each student needs a minimum of marks per subject and term, set by the weekly hours
 * of the student's own lessons (read from the timetable: the whole class's and his group's; a
 * subject only another group takes is not judged) and doubled for a half-year by default; students
 * exempt under 2.3.2 are left to {@link SufficiencyExempt}. Held written works must carry marks
 * ({@link WrittenWorkMarks}). Only ended terms whose days are all complete are judged; a student is
 * judged for a term when the ledger holds any entry of them in it or their diary showed a group's
 * lesson of the class in it (the roster has no history); a subject without a mark counts 0.
 */
final class MarkSufficiency implements Rule {
  static final String CODE = "MARK_SUFFICIENCY";

  private final SufficiencyExempt exempt;
  private final WrittenWorkMarks works = new WrittenWorkMarks();
  private final Map<StudentTermKey, Integer> counts = new HashMap<>();
  private final Set<StudentTerm> active = new HashSet<>();
  private final Set<Integer> done = new HashSet<>();

  MarkSufficiency(SufficiencyExempt exempt) {
    this.exempt = exempt;
  }

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public String clause() {
    return "2.3.1";
  }

  @Override
  public Set<EntryKind> reads() {
    return EnumSet.of(EntryKind.MARK, EntryKind.DOT, EntryKind.WORK, EntryKind.ABSENCE);
  }

  @Override
  public void accept(JournalEntry e, AuditContext context, FindingSink out) {
    switch (e.kind()) {
      case WORK -> works.work(e);
      case ABSENCE -> works.absence(e);
      case MARK, DOT -> {
        if (e.kind() == EntryKind.MARK) {
          works.mark(e);
        }
        Term term = context.terms().of(e.classId(), e.lessonDate()).orElse(null);
        RuleSet set = context.rules(e.classId(), e.lessonDate()).orElse(null);
        if (term == null || set == null || e.studentId() == null) {
          return;
        }
        active.add(new StudentTerm(e.studentId(), term));
        if (e.kind() == EntryKind.MARK || set.rules().sufficiency().countDots()) {
          counts.merge(new StudentTermKey(e.studentId(), e.subject(), term), 1, Integer::sum);
        }
      }
      default -> {}
    }
    if (e.kind() == EntryKind.ABSENCE && e.studentId() != null) {
      context
          .terms()
          .of(e.classId(), e.lessonDate())
          .ifPresent(t -> active.add(new StudentTerm(e.studentId(), t)));
    }
  }

  /**
   * A class's counts, works and valid absences are all in once its entries were read (every key
   * holds the class's term): judged and dropped.
   */
  @Override
  public void classDone(int classId, AuditContext context, FindingSink out) {
    works.finish(this, context, out);
    judge(classId, context, out);
    done.add(classId);
    counts.clear();
    active.clear();
    exempt.clear();
  }

  /** The roster's classes the ledger held no entry of: their pupils have 0 marks. */
  @Override
  public void finish(AuditContext context, FindingSink out) {
    works.finish(this, context, out);
    for (int classId : new java.util.TreeSet<>(context.roster().keySet())) {
      if (!done.contains(classId)) {
        judge(classId, context, out);
      }
    }
  }

  private void judge(int classId, AuditContext context, FindingSink out) {
    List<Integer> students = context.roster().get(classId);
    if (students == null) {
      return;
    }
    for (Term term : context.terms().of(classId)) {
      judge(classId, term, students, context, out);
    }
  }

  private void judge(
      int classId, Term term, List<Integer> students, AuditContext context, FindingSink out) {
    RuleSet set = context.ruleSets().inForce(term.start()).orElse(null);
    if (set == null
        || !term.end().isBefore(context.asOf().toLocalDate())
        || !context.gate().complete(classId, term.start(), term.end())) {
      return;
    }
    SufficiencyParameters p = set.rules().sufficiency();
    boolean halfYear = context.isHalfYear(term, set);
    Timetable timetable = context.timetable();
    int classDays = timetable.schoolDays(classId, null, term.start(), term.end());
    Map<Integer, Integer> ownDays = new HashMap<>();
    // a pupil with no entry at all in the term is judged too when his diary showed the class's
    // group lessons then (0 marks): the roster alone has no history
    Map<Integer, Boolean> judged = new HashMap<>();
    for (String subject : timetable.subjects(classId, term.start(), term.end())) {
      int classHours = timetable.weeklyHours(classId, subject, term.start(), term.end());
      int classLessons = timetable.lessons(classId, subject, term.start(), term.end());
      boolean groups = timetable.hasGroups(classId, subject, term.start(), term.end());
      for (int student : students) {
        boolean in =
            judged.computeIfAbsent(
                student,
                s ->
                    active.contains(new StudentTerm(s, term))
                        || timetable.namedIn(classId, s, term.start(), term.end()));
        if (!in) {
          continue;
        }
        // his part of the term: a pupil who arrived, left or moved (clause 3.3.1)
        int days =
            ownDays.computeIfAbsent(
                student, s -> timetable.schoolDays(classId, s, term.start(), term.end()));
        boolean own = groups || days < classDays;
        // a student's own lessons: a subject only another group takes is not his (design.md §4)
        int lessons =
            own
                ? timetable.lessons(classId, subject, student, term.start(), term.end())
                : classLessons;
        if (lessons == 0) {
          continue;
        }
        int hours =
            own
                ? timetable.weeklyHours(classId, subject, student, term.start(), term.end())
                : classHours;
        int min = p.partTermMinMarks(p.minMarks(hours, halfYear), days, classDays);
        if (min < 0) {
          continue;
        }
        StudentTermKey key = new StudentTermKey(student, subject, term);
        int count = counts.getOrDefault(key, 0);
        if (count >= min) {
          continue;
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("term", term.name());
        facts.put("marks", count);
        facts.put("minimum", min);
        facts.put("weeklyHours", hours);
        facts.put("halfYear", halfYear);
        facts.put("lessons", lessons);
        if (days < classDays) {
          facts.put("schoolDaysInClass", days);
          facts.put("schoolDaysOfTerm", classDays);
        }
        facts.put("validAbsences", exempt.validAbsences(key));
        int required = exempt.required(key, classId, count, min, lessons, set, facts, out);
        if (count < required) {
          facts.put("required", required);
          out.add(
              this,
              set,
              Severity.VIOLATION,
              classId,
              subject,
              student,
              term.end(),
              facts,
              ("У ученика по предмету «%s» за период «%s» %d отметок при минимуме %d"
                      + " (%d ч в неделю) (п. 2.3.1).")
                  .formatted(subject, term.name(), count, required, hours));
        }
      }
    }
  }

  /** A student with any entry in a term of the class: judged for that term. */
  private record StudentTerm(int studentId, Term term) {}
}
