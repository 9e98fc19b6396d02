package ru.netcity.mock.school;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.SplittableRandom;
import ru.netcity.mock.school.Drafts.ClassDraft;
import ru.netcity.mock.school.Drafts.LessonDraft;

/** Seeds that only move entry times or change values after the journal has been filled. */
final class LateEntries {
  private LateEntries() {}

  static void seed(Gen g, Seeds seeds, SplittableRandom rnd) {
    topics(g, seeds, rnd);
    groupTopic(g, seeds, rnd);
    absences(g, seeds, rnd);
    homework(g, seeds, rnd);
    marks(g, seeds, rnd);
    substitute(g, seeds);
  }

  /**
   * Clause 2.1 in a lesson the substitute taught ({@link Substitution}): its topic entered the next
   * morning (a warning), so the truth holds a finding that names him. No random draw.
   */
  private static void substitute(Gen g, Seeds seeds) {
    ClassDraft c = g.classes.get(Substitution.CLASS_INDEX);
    for (LessonDraft l : c.lessons) {
      if (l.subjectId == Substitution.SUBJECT
          && Substitution.covers(l.date)
          && l.group == 0
          && !l.moved
          && seeds.usedLessons.add(l.id)) {
        l.topicEnteredAt = l.date.plusDays(1).atTime(8, 15);
        g.known(
            g.violation("LESSON_RECORD_SAME_DAY", Seeds.WARNING, c, l.subjectId, l.date, null),
            l.topicEnteredAt);
        return;
      }
    }
  }

  /** Clause 2.1: three topics on the next day (warning) and three 2–10 days late. */
  private static void topics(Gen g, Seeds seeds, SplittableRandom rnd) {
    for (int i = 0; i < 6; i++) {
      boolean nextDay = i < 3;
      LessonDraft l = seeds.pickLesson(x -> true);
      int days = nextDay ? 1 : 2 + rnd.nextInt(9);
      l.topicEnteredAt = l.date.plusDays(days).atTime(7, 30).plusMinutes(rnd.nextInt(720));
      Violation v =
          g.violation(
              "LESSON_RECORD_SAME_DAY",
              nextDay ? Seeds.WARNING : Seeds.VIOLATION,
              l.cls,
              l.subjectId,
              l.date,
              null);
      // a late topic shows when entered; a missing one as soon as the next day is over
      LocalDateTime missing = l.date.plusDays(2).atStartOfDay();
      g.known(v, nextDay || l.topicEnteredAt.isBefore(missing) ? l.topicEnteredAt : missing);
    }
  }

  /**
   * Clause 2.1: at a bell both groups of a split subject share, group 2's lesson gets no topic
   * (each group's lesson is a lesson of its own); known once the next day is over.
   */
  private static void groupTopic(Gen g, Seeds seeds, SplittableRandom rnd) {
    for (int tries = 0; tries < 100_000; tries++) {
      ClassDraft c = g.classes.get(rnd.nextInt(g.classes.size()));
      LessonDraft l = c.lessons.get(rnd.nextInt(c.lessons.size()));
      if (l.group == 2 && !l.moved && sharesBell(l) && seeds.usedLessons.add(l.id)) {
        l.topic = null;
        l.topicEnteredAt = null;
        // the journal log names no group, so whose record is missing cannot be told: no teacher
        g.known(
            g.unattributed("LESSON_RECORD_SAME_DAY", Seeds.VIOLATION, c, l.subjectId, l.date),
            l.date.plusDays(2).atStartOfDay());
        return;
      }
    }
    throw new IllegalStateException("no group lessons at a shared bell");
  }

  /** Whether group 1 has the same subject at the same bell that day. */
  private static boolean sharesBell(LessonDraft l) {
    ClassDraft c = l.cls;
    for (int i = c.dayFirst[l.dayIndex]; i < c.dayFirst[l.dayIndex] + c.dayCount[l.dayIndex]; i++) {
      LessonDraft o = c.lessons.get(i);
      if (o.group == 1 && o.number == l.number && o.subjectId == l.subjectId) {
        return true;
      }
    }
    return false;
  }

  /**
   * Clause 2.1: two absences entered 3–6 days after the lesson; the first of them in a whole
   * class's lesson is entered by a colleague, not the lesson's teacher, and its finding names him
   * (the one who made the late entry answers for it).
   */
  private static void absences(Gen g, Seeds seeds, SplittableRandom rnd) {
    boolean colleague = false;
    for (int i = 0; i < 2; ) {
      LessonDraft l = seeds.pickLesson(x -> true);
      ClassDraft c = l.cls;
      for (Student s : c.students) {
        if (c.absent[l.index][c.studentIndex(s.id())] != 0) {
          LocalDateTime at =
              l.date.plusDays(3 + rnd.nextInt(4)).atTime(10, 0).plusMinutes(rnd.nextInt(400));
          g.absenceEnteredAt.put(l.id * 100_000L + s.id(), at);
          Violation v;
          if (!colleague && l.group == 0) {
            colleague = true;
            String by = g.teacherName(colleagueOf(g, l.teacherId));
            g.history.absenceBy.put(History.absenceKey(l.id, s.id()), by);
            v = g.madeBy("LESSON_RECORD_SAME_DAY", Seeds.VIOLATION, c, l.subjectId, l.date, s, by);
          } else {
            v = g.violation("LESSON_RECORD_SAME_DAY", Seeds.VIOLATION, c, l.subjectId, l.date, s);
          }
          g.known(v, at);
          i++;
          break;
        }
      }
    }
  }

  /** Another teacher of the school: the next one by id. */
  private static int colleagueOf(Gen g, int teacherId) {
    int index = teacherId - g.ids.firstTeacherId();
    return g.ids.firstTeacherId() + (index + 1) % g.teachers.size();
  }

  /**
   * Clause 2.2 (5 h after the school's last lesson of the day): half an hour past the deadline, the
   * next morning, and on a day with a lesson moved to bell 8 past that day's real deadline; plus
   * one compliant entry exactly at the deadline.
   */
  private static void homework(Gen g, Seeds seeds, SplittableRandom rnd) {
    for (int i = 0; i < 4; i++) {
      boolean movedDay = i == 2;
      // the compliant one on a day another class ends later: late by the class's own last lesson
      boolean laterClass = i == 3;
      LessonDraft l =
          seeds.pickLesson(
              x ->
                  x.homeworkAssignmentId != 0
                      && hasMoved(x) == movedDay
                      && (!laterClass
                          || g.schoolLastEnd(x.dayIndex).isAfter(x.cls.lastEnd(x.dayIndex))));
      LocalDateTime deadline = l.date.atTime(g.schoolLastEnd(l.dayIndex)).plusHours(5);
      LocalDateTime at =
          switch (i) {
            case 0 -> deadline.plusMinutes(30);
            case 1 -> l.date.plusDays(1).atTime(LocalTime.of(7, 40)).plusMinutes(rnd.nextInt(60));
            case 2 -> deadline.plusMinutes(20);
            default -> deadline;
          };
      int index = g.assignmentIndex(l.homeworkAssignmentId);
      Assignment a = g.assignments.get(index);
      g.assignments.set(
          index,
          new Assignment(a.id(), a.lessonId(), a.typeId(), a.name(), a.dueDate(), a.weight(), at));
      if (i < 3) {
        g.known(
            g.violation("HOMEWORK_WITHIN_5H", Seeds.VIOLATION, l.cls, l.subjectId, l.date, null),
            at);
      }
    }
  }

  private static boolean hasMoved(LessonDraft l) {
    ClassDraft c = l.cls;
    for (int i = c.dayFirst[l.dayIndex]; i < c.dayFirst[l.dayIndex] + c.dayCount[l.dayIndex]; i++) {
      if (c.lessons.get(i).moved) {
        return true;
      }
    }
    return false;
  }

  /** Clause 2.3.3: two marks changed 5–8 days after the lesson, one entered 10 days after it. */
  private static void marks(Gen g, Seeds seeds, SplittableRandom rnd) {
    for (int i = 0; i < 3; ) {
      int index = rnd.nextInt(g.marks.size());
      Mark m = g.marks.get(index);
      LessonDraft l = g.lessonOf(m);
      if (m.dutyMark()
          || l.group != 0
          || l.date.plusDays(12).isAfter(l.term().end())
          || !seeds.usedLessons.add(l.id)) {
        continue;
      }
      Mark seeded;
      LocalDateTime at;
      if (i < 2) {
        at = l.date.plusDays(5 + rnd.nextInt(4)).atTime(15, 0).plusMinutes(rnd.nextInt(240));
        int value = m.value() == 5 ? 4 : m.value() + 1;
        seeded =
            new Mark(
                m.id(),
                m.assignmentId(),
                m.studentId(),
                value,
                false,
                m.enteredAt(),
                m.value(),
                at);
      } else {
        at = l.date.plusDays(10).atTime(16, 0).plusMinutes(rnd.nextInt(120));
        seeded =
            new Mark(m.id(), m.assignmentId(), m.studentId(), m.value(), false, at, null, null);
      }
      g.marks.set(index, seeded);
      Student s = l.cls.students.get(l.cls.studentIndex(m.studentId()));
      g.known(
          g.violation("NO_RETROACTIVE_CHANGE", Seeds.VIOLATION, l.cls, l.subjectId, l.date, s), at);
      i++;
    }
  }
}
