package ru.netcity.mock.school;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clause 3.3.3 («объективность выставления итоговых отметок») as the truth reads it from what the
 * AIS shows (at a moment of the clock): a term mark further than {@link #MAX_DEVIATION} from the
 * pupil's average of his current marks of the subject in the term, in the class that gave it, is a
 * warning; every mark weighs the same (the diary shows weight 0); year marks are not compared. Term
 * marks are rounded averages, so only the one {@link FinalMarks#seedDeviating} placed and an
 * uncorrected value of a later correction can be far off.
 */
final class Objectivity {
  static final String RULE = "FINAL_MARK_OBJECTIVITY";
  static final double MAX_DEVIATION = 1.0;

  private record Key(int classId, int studentId, int subjectId, LocalDate termStart) {}

  private Objectivity() {}

  /** The seeded violations and the far-off term marks, in the truth's order. */
  static List<Violation> with(School school, List<Violation> seeded) {
    List<Violation> out = new ArrayList<>(seeded);
    out.addAll(violations(school));
    out.sort(Gen.VIOLATION_ORDER);
    return out;
  }

  static List<Violation> violations(School school) {
    Map<Key, int[]> sums = new HashMap<>();
    for (Mark m : school.marks()) {
      Lesson l =
          school
              .assignment(m.assignmentId())
              .flatMap(a -> school.lesson(a.lessonId()))
              .orElse(null);
      if (m.dutyMark() || l == null) {
        continue;
      }
      Term t = termOf(school, l.classId(), l.date());
      if (t != null) {
        int[] cell =
            sums.computeIfAbsent(
                new Key(l.classId(), m.studentId(), l.subjectId(), t.start()), k -> new int[2]);
        cell[0] += m.value();
        cell[1]++;
      }
    }
    List<Violation> out = new ArrayList<>();
    for (TermMark tm : school.termMarks()) {
      Term term =
          school.terms().stream().filter(t -> t.id() == tm.termId()).findFirst().orElse(null);
      Student s = school.student(tm.studentId()).orElse(null);
      if (tm.termId() == TermMark.YEAR || term == null || s == null) {
        continue;
      }
      int classId =
          school.enrolmentOn(s.id(), term.end()).map(Enrolment::classId).orElse(s.classId());
      int[] cell = sums.get(new Key(classId, s.id(), tm.subjectId(), term.start()));
      if (cell == null
          || Math.abs((double) tm.value() * cell[1] - cell[0]) <= MAX_DEVIATION * cell[1]) {
        continue;
      }
      out.add(
          new Violation(
              RULE,
              Seeds.WARNING,
              school.schoolClass(classId).orElseThrow().name(),
              school.subject(tm.subjectId()).name(),
              term.end(),
              s.nickName(),
              teacher(school, classId, tm.subjectId(), s, term)));
    }
    return out;
  }

  private static Term termOf(School school, int classId, LocalDate day) {
    int grade = school.schoolClass(classId).orElseThrow().grade();
    return school.termsOf(grade).stream().filter(t -> t.contains(day)).findFirst().orElse(null);
  }

  /** Who taught most of the pupil's lessons of the subject in the term (a tie: the later one). */
  private static String teacher(School school, int classId, int subjectId, Student s, Term term) {
    Map<Integer, Integer> count = new HashMap<>();
    Integer best = null;
    int group = school.enrolmentOn(s.id(), term.end()).map(Enrolment::group).orElse(s.group());
    for (Lesson l : school.lessonsOf(classId)) {
      if (l.subjectId() == subjectId
          && term.contains(l.date())
          && (l.group() == 0 || l.group() == group)) {
        int n = count.merge(l.teacherId(), 1, Integer::sum);
        if (best == null || n >= count.get(best)) {
          best = l.teacherId();
        }
      }
    }
    return best == null ? null : school.teacher(best).shortName();
  }
}
