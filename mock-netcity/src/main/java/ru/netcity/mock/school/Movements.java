package ru.netcity.mock.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import ru.netcity.mock.school.Drafts.ClassDraft;
import ru.netcity.mock.school.Drafts.LessonDraft;

/**
 * Pupils' movement during the year (clause 3.3.1, «движение обучающихся»): a pupil new to the
 * school arrives on {@link #ARRIVAL}, in the second quarter. He is chosen among the pupils the
 * seeds, the violations and the history leave alone, so that every seeded violation keeps its
 * place, as the first (by class, then from the end of the roster) whose marks over his part of the
 * term meet the part-term minimum ({@link PartTerm}): the truth gains no violation. What he has
 * before his arrival is dropped when the school is built (marks, absences, the first quarter's
 * mark).
 */
final class Movements {
  /** A Monday of the second quarter, two weeks after it starts. */
  static final LocalDate ARRIVAL = LocalDate.of(2025, 11, 17);

  /** The quarter he arrives in (index into a 7–9 class's terms). */
  static final int ARRIVAL_TERM = 1;

  /** Marks beyond the minimum every compliant pupil has, so stricter parameters change nothing. */
  static final int MARGIN = 2;

  private Movements() {}

  static void seed(Gen g) {
    Set<String> named = new HashSet<>();
    g.violations.forEach(v -> named.add(v.student()));
    g.history.items.forEach(i -> named.add(i.student()));
    Set<Integer> touched = new HashSet<>();
    g.history.deletedMarks.forEach(m -> touched.add(m.studentId()));
    g.absenceEnteredAt.keySet().forEach(k -> touched.add((int) (k % 100_000L)));
    // his marks from the arrival to the quarter's end, per pupil and subject, in one pass
    Map<Integer, Map<Integer, Integer>> marks = new HashMap<>();
    for (Mark m : g.marks) {
      LessonDraft l = g.lessonOf(m);
      if (!m.dutyMark()
          && l.cls.grade <= 9
          && l.termIndex == ARRIVAL_TERM
          && !l.date.isBefore(ARRIVAL)) {
        marks
            .computeIfAbsent(m.studentId(), k -> new HashMap<>())
            .merge(l.subjectId, 1, Integer::sum);
      }
    }
    for (ClassDraft c : g.classes) {
      if (c.grade > 9) {
        continue;
      }
      for (int i = c.students.size() - 1; i >= 0; i--) {
        Student s = c.students.get(i);
        if (named.contains(s.nickName()) || touched.contains(s.id()) || aloneInGroup(c, s)) {
          continue;
        }
        if (meetsPartTerm(
            c,
            s,
            marks.getOrDefault(s.id(), Map.of()),
            ARRIVAL_TERM,
            ARRIVAL,
            LocalDate.MAX,
            MARGIN)) {
          g.enrolments.add(new Enrolment(s.id(), c.id, s.group(), ARRIVAL, null));
          return;
        }
      }
    }
    // a school too small for the situation (a few pupils a class) has no arrival
  }

  /**
   * Whether no other pupil shares his group: before he arrives, no diary would show its lessons,
   * and the AIS would hold lessons nobody can see.
   */
  static boolean aloneInGroup(ClassDraft c, Student s) {
    return c.students.stream().noneMatch(o -> o.id() != s.id() && o.group() == s.group());
  }

  /**
   * Whether his marks of the term over his days in the class, {@code from} to {@code to} inclusive,
   * meet the part-term minimum with {@code margin} marks to spare.
   */
  static boolean meetsPartTerm(
      ClassDraft c,
      Student s,
      Map<Integer, Integer> counts,
      int term,
      LocalDate from,
      LocalDate to,
      int margin) {
    Set<LocalDate> classDays = new HashSet<>();
    Set<LocalDate> ownDays = new TreeSet<>();
    Map<Integer, Map<LocalDate, Integer>> weeks = new TreeMap<>();
    for (LessonDraft l : c.lessons) {
      if (l.termIndex != term) {
        continue;
      }
      classDays.add(l.date);
      if (l.isFor(s) && !l.date.isBefore(from) && !l.date.isAfter(to)) {
        ownDays.add(l.date);
        weeks
            .computeIfAbsent(l.subjectId, k -> new TreeMap<>())
            .merge(l.date.with(DayOfWeek.MONDAY), 1, Integer::sum);
      }
    }
    for (var e : weeks.entrySet()) {
      int full = StudyPlan.minMarks(mostFrequent(e.getValue()), false) + margin;
      int min = PartTerm.minMarks(full, ownDays.size(), classDays.size());
      if (counts.getOrDefault(e.getKey(), 0) < min) {
        return false;
      }
    }
    return true;
  }

  /** The most frequent number of lessons per week (ties: the larger), as the rules count hours. */
  static int mostFrequent(Map<LocalDate, Integer> perWeek) {
    Map<Integer, Integer> frequency = new TreeMap<>();
    perWeek.values().forEach(n -> frequency.merge(n, 1, Integer::sum));
    int best = 0;
    int bestCount = 0;
    for (var f : frequency.entrySet()) {
      if (f.getValue() >= bestCount) {
        best = f.getKey();
        bestCount = f.getValue();
      }
    }
    return best;
  }

  /** Whether the pupil is in the class on that day: always, unless an enrolment says otherwise. */
  static boolean enrolled(List<Enrolment> enrolments, int studentId, int classId, LocalDate day) {
    boolean any = false;
    for (Enrolment e : enrolments) {
      if (e.studentId() == studentId) {
        any = true;
        if (e.classId() == classId && e.covers(day)) {
          return true;
        }
      }
    }
    return !any;
  }
}
