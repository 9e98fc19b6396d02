package ru.netcity.mock.school;

import java.time.LocalDate;
import ru.netcity.mock.school.Drafts.ClassDraft;
import ru.netcity.mock.school.Drafts.LessonDraft;

/**
 * A teacher replaced for part of a term: history in the second class of the school (7Б) is taught
 * by a substitute for three weeks of the 2nd quarter. The lessons carry the substitute, so the
 * diary and the journal log show them; nothing else about the lessons changes.
 */
final class Substitution {
  private Substitution() {}

  static final int CLASS_INDEX = 1;
  static final int SUBJECT = StudyPlan.HIST;
  static final LocalDate FROM = LocalDate.of(2025, 11, 17);
  static final LocalDate TO = LocalDate.of(2025, 12, 5);

  static boolean covers(LocalDate date) {
    return !date.isBefore(FROM) && !date.isAfter(TO);
  }

  /**
   * The substitute is another history teacher of the school, or in a school with one history
   * teacher the class's Russian teacher.
   */
  static void apply(Gen g) {
    ClassDraft c = g.classes.get(CLASS_INDEX);
    int regular = c.teacherOf.get(SUBJECT * 10);
    int substitute = c.teacherOf.get(StudyPlan.RUS * 10);
    for (ClassDraft other : g.classes) {
      Integer teacher = other.teacherOf.get(SUBJECT * 10);
      if (teacher != null && teacher != regular) {
        substitute = teacher;
        break;
      }
    }
    for (LessonDraft l : c.lessons) {
      if (l.subjectId == SUBJECT && covers(l.date)) {
        l.teacherId = substitute;
      }
    }
  }
}
