package ru.netcity.mock.school;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import ru.netcity.mock.school.Drafts.ClassDraft;
import ru.netcity.mock.school.Drafts.LessonDraft;

/** Homework, written works with their marks, answers in class and dots for missing homework. */
final class Journal {
  private static final String[] ANSWER_NAMES = {
    "---Не указана---", "-", "Ответ у доски", "Работа на уроке", "Устный опрос"
  };

  private final Gen g;
  private final SplittableRandom rnd;
  private final Seeds seeds;

  Journal(Gen g, SplittableRandom rnd, Seeds seeds) {
    this.g = g;
    this.rnd = rnd;
    this.seeds = seeds;
  }

  void fill() {
    for (ClassDraft c : g.classes) {
      double[] ability = new double[c.students.size()];
      for (int i = 0; i < ability.length; i++) {
        ability[i] = 2.9 + 2.0 * rnd.nextDouble();
      }
      homework(c);
      for (LessonDraft l : c.lessons) {
        if (l.writtenType != 0) {
          written(c, l, ability);
        }
      }
      for (int k = 0; k < c.keys(); k++) {
        for (Student s : c.students) {
          answers(c, k, s, ability);
        }
      }
      dots(c);
    }
  }

  /**
   * Homework goes in between the end of the lesson and 4.5 h after the class's last lesson, half an
   * hour inside the 5 h of clause 2.2. On days with a lesson moved to bell 8 one homework is
   * entered after the regular day's deadline but before the real one, to show that the moved lesson
   * must be counted.
   */
  private void homework(ClassDraft c) {
    for (LessonDraft l : c.lessons) {
      int chance =
          switch (l.subjectId) {
            case StudyPlan.PE -> 30;
            case StudyPlan.MUS, StudyPlan.ART, StudyPlan.TECH, StudyPlan.OBZR -> 50;
            default -> 90;
          };
      if (rnd.nextInt(100) >= chance) {
        continue;
      }
      LocalTime lastEnd = c.lastEnd(l.dayIndex);
      LocalDateTime from = l.date.atTime(l.end).plusMinutes(5);
      LocalDateTime to = l.date.atTime(lastEnd).plusMinutes(270);
      LocalDateTime at =
          from.plusMinutes(rnd.nextInt((int) Duration.between(from, to).toMinutes()));
      LocalTime regularEnd = regularLastEnd(c, l.dayIndex);
      if (!l.moved && regularEnd.isBefore(lastEnd) && !movedProbeDone(c, l)) {
        at = l.date.atTime(regularEnd).plusHours(5).plusMinutes(10);
      }
      String text = Topics.homework(l.subjectId, c.grade, l.seq);
      l.homeworkAssignmentId =
          g.addAssignment(l, StudyPlan.HOMEWORK, text, l.next != null ? l.next.date : l.date, at)
              .id();
    }
  }

  /** Last end on a day ignoring lessons moved to bell 8. */
  private static LocalTime regularLastEnd(ClassDraft c, int day) {
    LocalTime last = LocalTime.MIN;
    for (int i = c.dayFirst[day]; i < c.dayFirst[day] + c.dayCount[day]; i++) {
      LessonDraft l = c.lessons.get(i);
      if (!l.moved && l.end.isAfter(last)) {
        last = l.end;
      }
    }
    return last;
  }

  /** True when an earlier lesson of the same day already carries the moved-day probe. */
  private static boolean movedProbeDone(ClassDraft c, LessonDraft lesson) {
    for (int i = c.dayFirst[lesson.dayIndex]; i < lesson.index; i++) {
      if (c.lessons.get(i).homeworkAssignmentId != 0) {
        return true;
      }
    }
    return false;
  }

  private void written(ClassDraft c, LessonDraft l, double[] ability) {
    String title = l.topic.replaceFirst("^§\\d+\\. ", "");
    String name =
        switch (l.writtenType) {
          case StudyPlan.CONTROL -> "Контрольная работа по теме «" + title + "»";
          case StudyPlan.CHECK -> "Проверочная работа «" + title + "»";
          case StudyPlan.LAB -> "Лабораторная работа «" + title + "»";
          case StudyPlan.PRACTICAL -> "Практическая работа «" + title + "»";
          default -> "Самостоятельная работа";
        };
    l.marksAt = l.date.atTime(l.end).plusMinutes(10 + rnd.nextInt(300));
    long id = g.addAssignment(l, l.writtenType, name, l.date, l.date.atTime(l.end)).id();
    l.writtenAssignmentId = id;
    for (Student s : c.students) {
      int si = c.studentIndex(s.id());
      if (l.isFor(s) && c.absent[l.index][si] == 0 && !seeds.skipsMark(l, s)) {
        double bias = l.writtenType == StudyPlan.CONTROL ? -0.3 : 0;
        g.addMark(id, s.id(), value(ability[si] + bias), false, l.marksAt);
        l.marked |= 1L << si;
      }
    }
  }

  /** Answer marks in class until the student reaches the target count for the term. */
  private void answers(ClassDraft c, int key, Student s, double[] ability) {
    List<LessonDraft> lessons = c.byKey.get(key);
    if (lessons.isEmpty() || !lessons.get(0).isFor(s)) {
      return;
    }
    int si = c.studentIndex(s.id());
    LessonDraft first = lessons.get(0);
    Term term = first.term();
    int min = StudyPlan.minMarks(c.hours(first.subjectId), term.halfYear());
    int written = 0;
    int valid = 0;
    List<LessonDraft> free = new ArrayList<>();
    for (LessonDraft l : lessons) {
      byte code = c.absent[l.index][si];
      valid += Drafts.valid(code) ? 1 : 0;
      if (code == 0 && l.writtenType != 0) {
        written += (l.marked >>> si & 1L) != 0 ? 1 : 0;
      } else if (code == 0) {
        free.add(l);
      }
    }
    int target = min + 2 + rnd.nextInt(2);
    if (seeds.isShortfall(c, s, first.subjectId, first.termIndex)) {
      target = 0;
    } else if (s == seeds.illStudent && valid >= 0.35 * lessons.size()) {
      // exempt under 2.3.2: the bigger subjects fall short of the minimum, reported as сведения
      target = c.hours(first.subjectId) >= 2 ? min - 2 : min;
    }
    int count = Math.min(free.size(), Math.max(0, target - written));
    for (int i = 0; i < count; i++) {
      int j = i + rnd.nextInt(free.size() - i);
      LessonDraft l = free.set(j, free.get(i));
      free.set(i, l);
      g.addMark(answerAssignment(l), s.id(), value(ability[si]), false, l.marksAt);
      l.marked |= 1L << si;
    }
  }

  private long answerAssignment(LessonDraft l) {
    if (l.answerAssignmentId == 0) {
      if (l.marksAt == null) {
        l.marksAt = l.date.atTime(l.end).plusMinutes(2 + rnd.nextInt(180));
      }
      String name = ANSWER_NAMES[rnd.nextInt(ANSWER_NAMES.length)];
      l.answerAssignmentId =
          g.addAssignment(l, StudyPlan.ANSWER, name, l.date, l.date.atTime(l.end).plusMinutes(1))
              .id();
    }
    return l.answerAssignmentId;
  }

  /** Now and then a dot (duty mark) for a present student who came without homework. */
  private void dots(ClassDraft c) {
    for (LessonDraft l : c.lessons) {
      if (l.writtenType != 0 || rnd.nextInt(100) >= 6) {
        continue;
      }
      Student s = c.students.get(rnd.nextInt(c.students.size()));
      int si = c.studentIndex(s.id());
      if (l.isFor(s)
          && c.absent[l.index][si] == 0
          && (l.marked >>> si & 1L) == 0
          && !seeds.isShortfall(c, s, l.subjectId, l.termIndex)) {
        g.addMark(answerAssignment(l), s.id(), 0, true, l.marksAt);
      }
    }
  }

  private int value(double mean) {
    double noise = (rnd.nextDouble() + rnd.nextDouble() + rnd.nextDouble() - 1.5) * 0.9;
    return (int) Math.max(2, Math.min(5, Math.round(mean + noise)));
  }
}
