package ru.netcity.mock.school;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import ru.netcity.mock.school.Drafts.ClassDraft;
import ru.netcity.mock.school.Drafts.LessonDraft;

/** Term and year marks (clause 4.3), computed from the final state of the current marks. */
final class FinalMarks {
  private FinalMarks() {}

  /** Counts and sums the non-duty marks per class, subject, term and student. */
  static void count(Gen g) {
    for (ClassDraft c : g.classes) {
      int cells = StudyPlan.SUBJECTS * c.terms.size() * c.students.size();
      c.markCount = new int[cells];
      c.markSum = new int[cells];
    }
    for (Mark m : g.marks) {
      if (!m.dutyMark()) {
        LessonDraft l = g.lessonOf(m);
        ClassDraft c = l.cls;
        int cell = c.cell(l.subjectId, l.termIndex, c.studentIndex(m.studentId()));
        c.markCount[cell]++;
        c.markSum[cell] += m.value();
      }
    }
  }

  /**
   * The teacher enters a class's term marks in one sitting on the last day of the term or the
   * morning after, well inside the 1-day window; year marks the same way after the last term.
   */
  static void build(Gen g, SplittableRandom rnd) {
    for (ClassDraft c : g.classes) {
      int terms = c.terms.size();
      LocalDateTime[][] at = new LocalDateTime[StudyPlan.SUBJECTS + 1][terms + 1];
      for (int s = 1; s <= StudyPlan.SUBJECTS; s++) {
        for (int t = 0; t <= terms; t++) {
          LocalDate end = t < terms ? c.terms.get(t).end() : SchoolCalendar.LAST_TERM_END;
          at[s][t] =
              rnd.nextInt(10) < 7
                  ? end.atTime(14, 0).plusMinutes(rnd.nextInt(400))
                  : end.plusDays(1).atTime(9, 0).plusMinutes(rnd.nextInt(180));
        }
      }
      for (Student st : c.students) {
        int si = c.studentIndex(st.id());
        for (int s = 1; s <= StudyPlan.SUBJECTS; s++) {
          if (c.hours(s) == 0) {
            continue;
          }
          int sum = 0;
          int count = 0;
          for (int t = 0; t < terms; t++) {
            int cell = c.cell(s, t, si);
            if (c.markCount[cell] > 0) {
              int value = round(c.markSum[cell], c.markCount[cell]);
              g.termMarks.add(new TermMark(st.id(), s, c.terms.get(t).id(), value, at[s][t]));
              sum += value;
              count++;
            }
          }
          if (count > 0) {
            g.termMarks.add(
                new TermMark(st.id(), s, TermMark.YEAR, round(sum, count), at[s][terms]));
          }
        }
      }
    }
  }

  /** Half up, as a journal rounds 3.5 to 4. */
  private static int round(int sum, int count) {
    return (2 * sum + count) / (2 * count);
  }

  /**
   * Clause 4.3: a term mark and a year mark never entered, each of a pupil with marks in that
   * subject; known once the deadline (the end of the day after the term, or the last term) passed.
   */
  static void seedMissing(Gen g, Seeds seeds, SplittableRandom rnd) {
    // a school too small to have a free pupil left gets fewer
    for (int i = 0, tries = 0; i < 2 && tries < 100_000; tries++) {
      boolean year = i == 1;
      int index = rnd.nextInt(g.termMarks.size());
      TermMark m = g.termMarks.get(index);
      if ((m.termId() == TermMark.YEAR) != year || !seeds.usedStudents.add(m.studentId())) {
        continue;
      }
      Student s = g.student(m.studentId());
      ClassDraft c = g.classDraft(s.classId());
      LocalDate end = year ? SchoolCalendar.LAST_TERM_END : g.terms.get(m.termId() - 1).end();
      g.termMarks.remove(index);
      g.known(
          g.termViolation("FINAL_MARKS_WITHIN_1DAY", Seeds.VIOLATION, c, m.subjectId(), end, s),
          end.plusDays(2).atStartOfDay());
      i++;
    }
  }

  /**
   * Clause 4.3: two term marks entered three days after the term end, the second by the deputy
   * director, whom its finding names (the one who made the late entry answers for it).
   */
  static void seedLate(Gen g, Seeds seeds, SplittableRandom rnd) {
    for (int i = 0; i < 2; ) {
      int index = rnd.nextInt(g.termMarks.size());
      TermMark m = g.termMarks.get(index);
      if (m.termId() == TermMark.YEAR || !seeds.usedStudents.add(m.studentId())) {
        continue;
      }
      Student s = g.student(m.studentId());
      ClassDraft c = g.classDraft(s.classId());
      Term term = g.terms.get(m.termId() - 1);
      LocalDateTime at = term.end().plusDays(3).atTime(10, 0).plusMinutes(rnd.nextInt(300));
      TermMark late = new TermMark(m.studentId(), m.subjectId(), m.termId(), m.value(), at);
      g.termMarks.set(index, late);
      String rule = "FINAL_MARKS_WITHIN_1DAY";
      Violation v;
      if (i == 1) {
        String by = g.deputy.shortName();
        g.history.termMarkBy.put(History.termMarkKey(late), by);
        v = g.madeBy(rule, Seeds.VIOLATION, c, m.subjectId(), term.end(), s, by);
      } else {
        v = g.termViolation(rule, Seeds.VIOLATION, c, m.subjectId(), term.end(), s);
      }
      // known once the deadline (the end of the day after the term) passed with nothing entered
      g.known(v, term.end().plusDays(2).atStartOfDay());
      i++;
    }
  }

  /**
   * Clause 3.3.3: one first-term mark two points off the pupil's average (the first pupil, in class
   * order, with at least three marks in a subject, no other seed, history or movement on him), so
   * the truth holds one far-off term mark ({@link Objectivity}). Runs last and draws nothing, so no
   * other seed moves.
   */
  static void seedDeviating(Gen g, Seeds seeds) {
    java.util.Set<Integer> moved = new java.util.HashSet<>();
    g.enrolments.forEach(e -> moved.add(e.studentId()));
    for (int index = 0; index < g.termMarks.size(); index++) {
      TermMark m = g.termMarks.get(index);
      Student s = g.student(m.studentId());
      ClassDraft c = g.classDraft(s.classId());
      if (m.termId() != c.terms.get(0).id()
          || c.markCount[c.cell(m.subjectId(), 0, c.studentIndex(s.id()))] < 3
          || seeds.usedStudents.contains(s.id())
          || moved.contains(s.id())) {
        continue;
      }
      seeds.usedStudents.add(s.id());
      int value = m.value() >= 4 ? m.value() - 2 : m.value() + 2;
      g.termMarks.set(
          index, new TermMark(m.studentId(), m.subjectId(), m.termId(), value, m.enteredAt()));
      return;
    }
    throw new IllegalStateException("no term mark to seed a far-off one on");
  }
}
