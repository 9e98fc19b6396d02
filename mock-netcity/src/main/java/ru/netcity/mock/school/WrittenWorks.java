package ru.netcity.mock.school;

import java.util.List;
import java.util.SplittableRandom;
import ru.netcity.mock.school.Drafts.ClassDraft;
import ru.netcity.mock.school.Drafts.LessonDraft;

/**
 * Decides in which lessons written works are held. It runs before attendance so that lateness (ОП)
 * can avoid those lessons: whether a late student counts as present is left open by the regulation,
 * and the data should not depend on that reading.
 */
final class WrittenWorks {
  private WrittenWorks() {}

  static void plan(Gen g, SplittableRandom rnd) {
    for (ClassDraft c : g.classes) {
      for (int series = 0; series < c.series.size(); series++) {
        int subject = c.series.get(series)[0];
        for (int term = 0; term < c.terms.size(); term++) {
          plan(c, subject, c.terms.get(term).halfYear(), c.byKey.get(c.key(series, term)), rnd);
        }
      }
    }
  }

  private static void plan(
      ClassDraft c,
      int subject,
      boolean halfYear,
      List<LessonDraft> lessons,
      SplittableRandom rnd) {
    int n = lessons.size();
    if (n < 4) {
      return;
    }
    int periods = halfYear ? 2 : 1;
    // every subject with 2 h and more writes a control work near the end of each quarter
    if (c.hours(subject) >= 2 && subject != StudyPlan.PE) {
      for (int p = 1; p <= periods; p++) {
        int pos = n * p / periods - 2 - rnd.nextInt(Math.max(1, n / (periods * 6)));
        lessons.get(Math.max(1, pos)).writtenType = StudyPlan.CONTROL;
      }
    }
    switch (subject) {
      case StudyPlan.PHYS, StudyPlan.CHEM, StudyPlan.BIO ->
          place(lessons, StudyPlan.LAB, Math.max(1, n / 6), rnd);
      case StudyPlan.INF, StudyPlan.GEO, StudyPlan.TECH ->
          place(lessons, StudyPlan.PRACTICAL, periods, rnd);
      default -> {}
    }
    switch (subject) {
      case StudyPlan.PE, StudyPlan.MUS, StudyPlan.ART, StudyPlan.TECH -> {}
      default -> place(lessons, StudyPlan.CHECK, Math.max(1, n / 12), rnd);
    }
    switch (subject) {
      case StudyPlan.RUS, StudyPlan.ALG, StudyPlan.GEOM, StudyPlan.ENG ->
          place(lessons, StudyPlan.INDEPENDENT, n / 12, rnd);
      default -> {}
    }
  }

  /** Puts up to {@code count} works of a type on free lessons, never on the first of a term. */
  private static void place(List<LessonDraft> lessons, int type, int count, SplittableRandom rnd) {
    int placed = 0;
    for (int tries = 0; placed < count && tries < 50; tries++) {
      LessonDraft l = lessons.get(1 + rnd.nextInt(lessons.size() - 1));
      if (l.writtenType == 0) {
        l.writtenType = type;
        placed++;
      }
    }
  }
}
