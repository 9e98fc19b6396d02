package ru.netcity.mock.school;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import ru.netcity.mock.school.Drafts.ClassDraft;
import ru.netcity.mock.school.Drafts.LessonDraft;

/**
 * Absences: illness runs (Б), excused days (УП), PE exemptions (ОСВ) and single missed or late
 * lessons (Н, НП, ОТ, ОП), about 5 % of student-lessons.
 *
 * <p>Caps per student, subject and term keep every unseeded student far from the 2.3.2 exemption
 * threshold (valid absences ≤ 20 % against a 30 % threshold) and leave enough lessons attended to
 * give every student the minimum number of marks plus two.
 */
final class Attendance {
  private Attendance() {}

  private static final double VALID_CAP = 0.20;
  private static final double TOTAL_CAP = 0.34;

  static void build(Gen g, SplittableRandom rnd, Seeds seeds) {
    List<int[]> quarters = new ArrayList<>();
    for (Term t : g.terms) {
      if (!t.halfYear()) {
        quarters.add(new int[] {g.days.indexOf(first(g, t)), g.days.indexOf(last(g, t))});
      }
    }
    for (ClassDraft c : g.classes) {
      c.absent = new byte[c.lessons.size()][c.students.size()];
      int[] n = new int[c.keys()];
      for (int k = 0; k < n.length; k++) {
        n[k] = c.byKey.get(k).size();
      }
      for (Student s : c.students) {
        new ForStudent(c, s, n, rnd).run(quarters, seeds);
      }
    }
  }

  private static LocalDate first(Gen g, Term t) {
    return g.days.stream().filter(t::contains).findFirst().orElseThrow();
  }

  private static LocalDate last(Gen g, Term t) {
    return g.days.stream().filter(t::contains).reduce((a, b) -> b).orElseThrow();
  }

  /** The absences of one student; counters are per series-term key. */
  private static final class ForStudent {
    final ClassDraft c;
    final Student s;
    final int si;
    final int[] n;
    final int[] valid;
    final int[] total;
    final SplittableRandom rnd;

    ForStudent(ClassDraft c, Student s, int[] n, SplittableRandom rnd) {
      this.c = c;
      this.s = s;
      this.si = c.studentIndex(s.id());
      this.n = n;
      this.valid = new int[n.length];
      this.total = new int[n.length];
      this.rnd = rnd;
    }

    void run(List<int[]> quarters, Seeds seeds) {
      boolean ill = seeds.illStudent == s;
      if (ill) {
        // the seeded long illness: no caps, it is meant to pass the threshold
        for (LessonDraft l : lessonsOfDays(seeds.illFromDay, seeds.illToDay)) {
          c.absent[l.index][si] = Drafts.B;
        }
      }
      for (int q = 0; q < quarters.size(); q++) {
        if (ill && q == seeds.illQuarter) {
          continue;
        }
        int from = quarters.get(q)[0];
        int to = quarters.get(q)[1];
        if (rnd.nextDouble() < 0.35) {
          int len = 2 + rnd.nextInt(5);
          int start = from + rnd.nextInt(to - from - len + 2);
          tryEpisode(lessonsOfDays(start, Math.min(to, start + len - 1)), Drafts.B);
        }
        if (rnd.nextDouble() < 0.2) {
          int len = 1 + rnd.nextInt(2);
          int start = from + rnd.nextInt(to - from - len + 2);
          tryEpisode(lessonsOfDays(start, Math.min(to, start + len - 1)), Drafts.UP);
        }
        List<LessonDraft> all = lessonsOfDays(from, to);
        if (rnd.nextDouble() < 0.12) {
          List<LessonDraft> pe = all.stream().filter(l -> l.subjectId == StudyPlan.PE).toList();
          if (pe.size() > 2) {
            int start = rnd.nextInt(pe.size() - 1);
            tryEpisode(pe.subList(start, start + 1 + rnd.nextInt(2)), Drafts.OSV);
          }
        }
        for (LessonDraft l : all) {
          double p = rnd.nextDouble();
          byte code =
              p < 0.004
                  ? Drafts.N
                  : p < 0.0055 ? Drafts.NP : p < 0.007 ? Drafts.OT : p < 0.010 ? Drafts.OP : 0;
          // lateness never falls on a written work, see WrittenWorks
          if (code != 0 && !(code == Drafts.OP && l.writtenType != 0)) {
            tryEpisode(List.of(l), code);
          }
        }
      }
    }

    private List<LessonDraft> lessonsOfDays(int fromDay, int toDay) {
      List<LessonDraft> list = new ArrayList<>();
      for (int d = fromDay; d <= toDay; d++) {
        for (int i = c.dayFirst[d]; i >= 0 && i < c.dayFirst[d] + c.dayCount[d]; i++) {
          LessonDraft l = c.lessons.get(i);
          if (l.isFor(s)) {
            list.add(l);
          }
        }
      }
      return list;
    }

    /** Applies the whole run only if no subject-term passes a cap; otherwise drops it. */
    private void tryEpisode(List<LessonDraft> lessons, byte code) {
      int[] addValid = new int[n.length];
      int[] addTotal = new int[n.length];
      for (LessonDraft l : lessons) {
        if (c.absent[l.index][si] == 0) {
          int k = c.key(l.series, l.termIndex);
          addTotal[k]++;
          if (Drafts.valid(code)) {
            addValid[k]++;
          }
        }
      }
      for (int k = 0; k < n.length; k++) {
        if (addTotal[k] > 0
            && (valid[k] + addValid[k] > VALID_CAP * n[k]
                || total[k] + addTotal[k] > TOTAL_CAP * n[k])) {
          return;
        }
      }
      for (LessonDraft l : lessons) {
        if (c.absent[l.index][si] == 0) {
          c.absent[l.index][si] = code;
        }
      }
      for (int k = 0; k < n.length; k++) {
        valid[k] += addValid[k];
        total[k] += addTotal[k];
      }
    }
  }
}
