package ru.netcity.mock.school;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import ru.netcity.mock.school.Drafts.ClassDraft;
import ru.netcity.mock.school.Drafts.LessonDraft;

/**
 * Lessons the diary shows without start and end times (clause 2.2's reference, issue 11 item 7).
 * The school's bell schedule for lessons 1–7 ({@link SchoolCalendar#bells}; bell 8 only carries
 * moved lessons) is what a deputy director configures as the rule set's {@code bells}:
 *
 * <ul>
 *   <li>on each day with a seeded 2.2 violation, the violating class's last regular lesson shows no
 *       times: its bell gives them, and the verdict stays;
 *   <li>on one day, the school's only lesson at bell 8 (a moved one) shows no times: no bell and no
 *       other lesson tells when that day's lessons end, so every homework of that day (all classes
 *       are one shift) is a сведения finding that 2.2 could not be applied.
 * </ul>
 */
final class UntimedLessons {
  /** The highest lesson number of the regular day: the bell schedule covers 1 to this. */
  static final int REGULAR_BELLS = 7;

  private UntimedLessons() {}

  static void seed(Gen g, SplittableRandom rnd) {
    for (Violation v : List.copyOf(g.violations)) {
      if (v.rule().equals("HOMEWORK_WITHIN_5H") && v.severity().equals(Seeds.VIOLATION)) {
        ClassDraft c = byName(g, v.className());
        LessonDraft last = null;
        for (LessonDraft l : dayOf(c, v.lessonDate())) {
          if (!l.moved && l.number <= REGULAR_BELLS && (last == null || l.number > last.number)) {
            last = l;
          }
        }
        if (last != null) {
          last.untimed = true;
        }
      }
    }
    unknownDay(g, rnd);
  }

  private static void unknownDay(Gen g, SplittableRandom rnd) {
    int days = g.days.size();
    int offset = rnd.nextInt(days);
    for (int k = 0; k < days; k++) {
      int d = (offset + k) % days;
      List<LessonDraft> late = new ArrayList<>();
      List<LessonDraft> homework = new ArrayList<>();
      boolean taken = false;
      for (ClassDraft c : g.classes) {
        if (c.dayFirst[d] < 0) {
          continue;
        }
        for (int i = c.dayFirst[d]; i < c.dayFirst[d] + c.dayCount[d]; i++) {
          LessonDraft l = c.lessons.get(i);
          taken |= l.untimed;
          if (l.number > REGULAR_BELLS) {
            late.add(l);
          }
          if (l.homeworkAssignmentId != 0) {
            homework.add(l);
          }
        }
      }
      if (taken || late.size() != 1 || !late.get(0).moved || homework.isEmpty()) {
        continue;
      }
      LessonDraft moved = late.get(0);
      if (g.violations.stream()
          .anyMatch(
              v -> v.rule().equals("HOMEWORK_WITHIN_5H") && v.lessonDate().equals(moved.date))) {
        continue;
      }
      moved.untimed = true;
      java.util.Set<Long> marked = new java.util.HashSet<>();
      g.marks.forEach(m -> marked.add(g.lessonOf(m).id));
      for (LessonDraft l : homework) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (LessonDraft x : dayOf(l.cls, l.date)) {
          if (x.subjectId == l.subjectId && teacherShown(g, x, marked)) {
            names.add(g.teacherName(x.teacherId));
          }
        }
        g.known(
            g.attributed(
                "HOMEWORK_WITHIN_5H",
                Seeds.INFO,
                l.cls,
                l.subjectId,
                l.date,
                String.join(", ", names)),
            homeworkOf(g, l).enteredAt());
      }
      return;
    }
    // a school too small or too odd for the situation (no day with a single bell-8 lesson) has none
  }

  /**
   * Whether the journal log tells the lesson's teacher, as the gateway reads it: a lesson alone at
   * its bell by any of its rows; one of two groups' lessons at a bell only by a row of a pupil of
   * its group (a mark or an absence) or by its homework, when the other's text differs.
   */
  private static boolean teacherShown(Gen g, LessonDraft l, java.util.Set<Long> marked) {
    LessonDraft other = null;
    for (LessonDraft x : dayOf(l.cls, l.date)) {
      if (x != l && x.number == l.number && x.subjectId == l.subjectId) {
        other = x;
      }
    }
    if (other == null || marked.contains(l.id)) {
      return true;
    }
    for (byte a : l.cls.absent[l.index]) {
      if (a != 0) {
        return true;
      }
    }
    return l.homeworkAssignmentId != 0
        && (other.homeworkAssignmentId == 0
            || !homeworkOf(g, l).name().equals(homeworkOf(g, other).name()));
  }

  private static Assignment homeworkOf(Gen g, LessonDraft l) {
    return g.assignment(l.homeworkAssignmentId);
  }

  private static ClassDraft byName(Gen g, String name) {
    return g.classes.stream().filter(c -> c.name.equals(name)).findFirst().orElseThrow();
  }

  private static List<LessonDraft> dayOf(ClassDraft c, java.time.LocalDate date) {
    return c.lessons.stream().filter(l -> l.date.equals(date)).toList();
  }
}
