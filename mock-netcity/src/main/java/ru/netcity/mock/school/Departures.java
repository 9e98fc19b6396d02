package ru.netcity.mock.school;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.netcity.mock.school.Drafts.ClassDraft;
import ru.netcity.mock.school.Drafts.LessonDraft;

/**
 * The other two movements of clause 3.3.1: a pupil who leaves the school and one who moves to the
 * parallel class, both in the third quarter. Each is chosen, as the arrival is ({@link Movements}),
 * among the pupils the seeds, the violations and the history leave alone, whose marks over his part
 * of the quarter meet the part-term minimum and none of whose marks is entered after he left the
 * class: the truth gains no violation. What he has in the class after he left is dropped when the
 * school is built. The mover takes over, in the new class, the marks of a classmate there with the
 * group he joins ({@link #takeOver}); he is never absent there, and every written work he sits
 * carries his mark, so his new class's terms are covered. A class of fewer than {@link #MIN_CLASS}
 * pupils (the small test schools) keeps its roster.
 */
final class Departures {
  /** The leaver's last day in the school, a Friday: 30 of the quarter's 48 school days. */
  static final LocalDate LEAVING = LocalDate.of(2026, 2, 20);

  /** The mover's first day in the parallel class, a Monday: 34 days in the former class. */
  static final LocalDate MOVE = LocalDate.of(2026, 3, 2);

  /** The quarter both happen in (index into a 7–9 class's terms). */
  static final int TERM = 2;

  /** The least roster a class needs to lose or exchange a pupil. */
  static final int MIN_CLASS = 12;

  private final Gen g;
  private final Set<String> named = new HashSet<>();
  private final Set<Integer> touched = new HashSet<>();

  private Departures(Gen g) {
    this.g = g;
    g.violations.forEach(v -> named.add(v.student()));
    g.history.items.forEach(i -> named.add(i.student()));
    g.history.deletedMarks.forEach(m -> touched.add(m.studentId()));
    g.absenceEnteredAt.keySet().forEach(k -> touched.add((int) (k % 100_000L)));
    g.enrolments.forEach(e -> touched.add(e.studentId()));
  }

  static void seed(Gen g) {
    Departures d = new Departures(g);
    d.leaver();
    d.mover();
  }

  /**
   * Tried with the margin of marks every compliant pupil has ({@link Movements#MARGIN}) first, then
   * with less: a seed whose every pupil is near the minimum over the part still gets the situation.
   */
  private void leaver() {
    Scan scan = new Scan(LEAVING.plusDays(1));
    for (int margin = Movements.MARGIN; margin >= 0; margin--) {
      for (ClassDraft c : g.classes) {
        Student s = candidate(c, scan, margin);
        if (s != null) {
          g.enrolments.add(
              new Enrolment(s.id(), c.id, s.group(), SchoolCalendar.YEAR_START, LEAVING));
          touched.add(s.id());
          return;
        }
      }
    }
  }

  private void mover() {
    Scan scan = new Scan(MOVE);
    for (int margin = Movements.MARGIN; margin >= 0; margin--) {
      if (mover(scan, margin)) {
        return;
      }
    }
  }

  private boolean mover(Scan scan, int margin) {
    for (ClassDraft from : g.classes) {
      ClassDraft to = parallel(from);
      Student s = to == null ? null : candidate(from, scan, margin);
      if (s == null) {
        continue;
      }
      List<Mark> marks = marksFromMove(to);
      List<Integer> works = worksFromMove(to);
      for (int i = to.students.size() - 1; i >= 0; i--) {
        Student twin = to.students.get(i);
        List<Mark> taken = untouched(twin) ? takeOver(twin, to, marks, works) : null;
        if (taken != null) {
          g.enrolments.add(
              new Enrolment(
                  s.id(), from.id, s.group(), SchoolCalendar.YEAR_START, MOVE.minusDays(1)));
          g.enrolments.add(new Enrolment(s.id(), to.id, twin.group(), MOVE, null));
          for (Mark m : taken) {
            Mark copy = g.addMark(m.assignmentId(), s.id(), m.value(), false, m.enteredAt());
            LocalDateTime graded = g.history.gradedAt.get(m.id());
            if (graded != null) {
              g.history.gradedAt.put(copy.id(), graded);
            }
          }
          touched.add(twin.id());
          return true;
        }
      }
    }
    return false;
  }

  /** The next class of the same grade, or null. */
  private ClassDraft parallel(ClassDraft c) {
    for (ClassDraft o : g.classes) {
      if (o.grade == c.grade && o.id != c.id && o.students.size() >= MIN_CLASS) {
        return o;
      }
    }
    return null;
  }

  /**
   * Per pupil, in one pass over the marks: his marks of the quarter before {@code gone} per
   * subject, and whether a mark of a lesson before then was entered on or after it.
   */
  private final class Scan {
    final LocalDate gone;
    final Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
    final Set<Integer> lateEntered = new HashSet<>();

    Scan(LocalDate gone) {
      this.gone = gone;
      for (Mark m : g.marks) {
        LessonDraft l = g.lessonOf(m);
        if (m.dutyMark() || !l.date.isBefore(gone) || l.cls.grade > 9) {
          continue;
        }
        if (!g.history.enteredAt(m).toLocalDate().isBefore(gone)) {
          lateEntered.add(m.studentId());
        }
        if (l.termIndex == TERM) {
          counts
              .computeIfAbsent(m.studentId(), k -> new HashMap<>())
              .merge(l.subjectId, 1, Integer::sum);
        }
      }
    }
  }

  /**
   * The first pupil (from the end of the roster) who may leave the class on the day before the
   * scan's day: untouched, not alone in his group, his marks of the quarter before then enough for
   * his part, none of his marks of a lesson before then entered on or after it.
   */
  private Student candidate(ClassDraft c, Scan scan, int margin) {
    if (c.grade > 9 || c.students.size() < MIN_CLASS) {
      return null;
    }
    for (int i = c.students.size() - 1; i >= 0; i--) {
      Student s = c.students.get(i);
      if (untouched(s)
          && !scan.lateEntered.contains(s.id())
          && !Movements.aloneInGroup(c, s)
          && Movements.meetsPartTerm(
              c,
              s,
              scan.counts.getOrDefault(s.id(), Map.of()),
              TERM,
              SchoolCalendar.YEAR_START,
              scan.gone.minusDays(1),
              margin)) {
        return s;
      }
    }
    return null;
  }

  private boolean untouched(Student s) {
    return !named.contains(s.nickName()) && !touched.contains(s.id());
  }

  /** The non-duty marks of the class's lessons from the move on, in id order. */
  private List<Mark> marksFromMove(ClassDraft to) {
    List<Mark> out = new ArrayList<>();
    for (Mark m : g.marks) {
      LessonDraft l = g.lessonOf(m);
      if (l.cls == to && !l.date.isBefore(MOVE) && !m.dutyMark()) {
        out.add(m);
      }
    }
    return out;
  }

  /** The written works of the class's lessons from the move on, by index into the assignments. */
  private List<Integer> worksFromMove(ClassDraft to) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < g.assignments.size(); i++) {
      int type = g.assignments.get(i).typeId();
      LessonDraft l = g.assignmentLesson.get(i);
      if (l.cls == to
          && !l.date.isBefore(MOVE)
          && type != StudyPlan.ANSWER
          && type != StudyPlan.HOMEWORK) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * The marks the mover takes over from the twin: the twin's from the move on, and for a written
   * work of his group the twin missed, an untouched classmate's (the mover sat it); null when a
   * written work has no such mark to take.
   */
  private List<Mark> takeOver(Student twin, ClassDraft to, List<Mark> marks, List<Integer> works) {
    Map<Long, Mark> own = new HashMap<>();
    Map<Long, Mark> other = new HashMap<>();
    for (Mark m : marks) {
      if (m.studentId() == twin.id()) {
        own.put(m.assignmentId(), m);
      } else if (!touched.contains(m.studentId()) && !named.contains(nickName(to, m.studentId()))) {
        other.putIfAbsent(m.assignmentId(), m);
      }
    }
    List<Mark> taken = new ArrayList<>(own.values());
    for (int i : works) {
      Assignment a = g.assignments.get(i);
      if (g.assignmentLesson.get(i).isFor(twin) && !own.containsKey(a.id())) {
        Mark m = other.get(a.id());
        if (m == null) {
          return null;
        }
        taken.add(m);
      }
    }
    taken.sort((x, y) -> Long.compare(x.id(), y.id()));
    return taken;
  }

  private static String nickName(ClassDraft c, int studentId) {
    return c.students.get(c.studentIndex(studentId)).nickName();
  }
}
