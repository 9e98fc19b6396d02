package ru.netcity.mock.school;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Predicate;
import ru.netcity.mock.school.Drafts.ClassDraft;
import ru.netcity.mock.school.Drafts.LessonDraft;

/**
 * The deliberate breaches. Decisions that shape the journal (a long illness, students left short of
 * marks, a missing mark in a written work) are taken before it is filled; the rest edit entry times
 * afterwards. Each seed records its {@link Violation}; everything else stays compliant.
 */
final class Seeds {
  static final String VIOLATION = "нарушение";
  static final String WARNING = "предупреждение";
  static final String INFO = "сведения";

  private final Gen g;
  private final SplittableRandom rnd;

  Student illStudent;
  ClassDraft illClass;
  int illQuarter;
  int illFromDay;
  int illToDay;

  /** {class, student, subjectId, termIndex} left with written-work marks only. */
  final List<Object[]> shortfalls = new ArrayList<>();

  LessonDraft skipLesson;
  Student skipStudent;

  /** Students and lessons already used by a seed, so no two seeds overlap. */
  final TreeSet<Integer> usedStudents = new TreeSet<>();

  final TreeSet<Long> usedLessons = new TreeSet<>();

  Seeds(Gen g, SplittableRandom rnd) {
    this.g = g;
    this.rnd = rnd;
  }

  /** Before attendance: the ill student (grades 7–9, about 40 % of the 1st or 2nd quarter). */
  void chooseIllAndShortfalls() {
    illClass = pickClass(c -> c.grade <= 9);
    illStudent = pickStudent(illClass);
    illQuarter = rnd.nextInt(2);
    Term quarter = illClass.terms.get(illQuarter);
    int first = -1;
    int last = -1;
    for (int d = 0; d < g.days.size(); d++) {
      if (quarter.contains(g.days.get(d))) {
        first = first < 0 ? d : first;
        last = d;
      }
    }
    // 16 consecutive school days hold every weekday at least three times out of ~8 in the term
    illFromDay = first + 3 + rnd.nextInt(last - first - 16 - 5);
    illToDay = illFromDay + 15;
    ClassDraft seventh = pickClass(c -> c.grade == 7);
    shortfalls.add(new Object[] {seventh, pickStudent(seventh), StudyPlan.RUS, rnd.nextInt(4)});
    ClassDraft senior = pickClass(c -> c.grade >= 10);
    shortfalls.add(new Object[] {senior, pickStudent(senior), StudyPlan.ALG, rnd.nextInt(2)});
    blankSubject();
    // German, which only group 2 of 8А and 10А takes: judged at its 2 h for that group only; a
    // school too small to have a free group 2 pupil there gets no German shortfall
    ClassDraft german = pickClass(c -> c.splitBells);
    List<Student> group2 =
        german.students.stream()
            .filter(p -> p.group() == 2 && !usedStudents.contains(p.id()))
            .toList();
    if (!group2.isEmpty()) {
      Student pupil = group2.get(rnd.nextInt(group2.size()));
      usedStudents.add(pupil.id());
      shortfalls.add(new Object[] {german, pupil, StudyPlan.DEU, rnd.nextInt(german.terms.size())});
    }
  }

  /**
   * A pupil with no mark at all in a whole-class subject for a quarter (one without written works,
   * so nothing but answers could have given him one): no entry in the ledger to start from, judged
   * with 0 marks (2.3.1), and no term mark is due for it (4.3 needs marks to assess).
   */
  private void blankSubject() {
    Predicate<ClassDraft> free =
        x -> x.grade <= 9 && x.students.stream().anyMatch(p -> !usedStudents.contains(p.id()));
    if (g.classes.stream().noneMatch(free)) {
      return; // a school too small to have a free pupil gets no such gap
    }
    ClassDraft c = pickClass(free);
    Student pupil = pickStudent(c);
    int term = rnd.nextInt(c.terms.size());
    int from = rnd.nextInt(c.series.size());
    for (int i = 0; i < c.series.size(); i++) {
      int series = (from + i) % c.series.size();
      List<LessonDraft> lessons = c.byKey.get(c.key(series, term));
      if (c.series.get(series)[1] == 0
          && !lessons.isEmpty()
          && lessons.stream().allMatch(l -> l.writtenType == 0)) {
        shortfalls.add(new Object[] {c, pupil, c.series.get(series)[0], term});
        return;
      }
    }
    throw new IllegalStateException("no subject without written works in " + c.name);
  }

  boolean isShortfall(ClassDraft c, Student s, int subjectId, int termIndex) {
    for (Object[] f : shortfalls) {
      if (f[0] == c && f[1] == s && (int) f[2] == subjectId && (int) f[3] == termIndex) {
        return true;
      }
    }
    return false;
  }

  /** After attendance: a present student whose control-work mark is missing. */
  void chooseMissingWrittenMark() {
    while (skipLesson == null) {
      ClassDraft c = g.classes.get(rnd.nextInt(g.classes.size()));
      LessonDraft l = c.lessons.get(rnd.nextInt(c.lessons.size()));
      if (l.writtenType != StudyPlan.CONTROL || l.group != 0) {
        continue;
      }
      Student s = c.students.get(rnd.nextInt(c.students.size()));
      if (c.absent[l.index][c.studentIndex(s.id())] == 0 && usedStudents.add(s.id())) {
        skipLesson = l;
        skipStudent = s;
        usedLessons.add(l.id);
        // known once the grading period of the work has passed with no mark
        g.known(
            g.violation("MARK_SUFFICIENCY", VIOLATION, c, l.subjectId, l.date, s),
            l.date.plusDays(History.GRADING_DAYS + 1L).atStartOfDay());
      }
    }
  }

  boolean skipsMark(LessonDraft l, Student s) {
    return l == skipLesson && s == skipStudent;
  }

  ClassDraft pickClass(Predicate<ClassDraft> filter) {
    List<ClassDraft> list = g.classes.stream().filter(filter).toList();
    return list.get(rnd.nextInt(list.size()));
  }

  Student pickStudent(ClassDraft c) {
    for (int tries = 0; tries < 100; tries++) {
      Student s = c.students.get(rnd.nextInt(c.students.size()));
      if (usedStudents.add(s.id())) {
        return s;
      }
    }
    throw new IllegalStateException("class " + c.name + " too small for the seeds");
  }

  /** A random whole-class lesson no other seed uses, not moved, matching a filter. */
  LessonDraft pickLesson(Predicate<LessonDraft> filter) {
    for (int tries = 0; tries < 100_000; tries++) {
      ClassDraft c = g.classes.get(rnd.nextInt(g.classes.size()));
      LessonDraft l = c.lessons.get(rnd.nextInt(c.lessons.size()));
      if (l.group == 0 && !l.moved && filter.test(l) && usedLessons.add(l.id)) {
        return l;
      }
    }
    throw new IllegalStateException("no lesson for a seed");
  }

  /** Term-level findings once marks are counted: the shortfalls and the ill student's subjects. */
  void sufficiencyFindings() {
    for (Object[] f : shortfalls) {
      ClassDraft c = (ClassDraft) f[0];
      Student s = (Student) f[1];
      int subject = (int) f[2];
      Term term = c.terms.get((int) f[3]);
      int count = c.markCount[c.cell(subject, (int) f[3], c.studentIndex(s.id()))];
      int min = StudyPlan.minMarks(c.hours(subject), term.halfYear());
      if (count > min - 3) {
        throw new IllegalStateException("shortfall seed not short enough: " + count + "/" + min);
      }
      // term-level findings are judged once the term is over
      g.known(
          g.termViolation("MARK_SUFFICIENCY", VIOLATION, c, subject, term.end(), s),
          term.end().plusDays(1).atStartOfDay());
    }
    ClassDraft c = illClass;
    Term term = c.terms.get(illQuarter);
    int si = c.studentIndex(illStudent.id());
    for (int series = 0; series < c.series.size(); series++) {
      int subject = c.series.get(series)[0];
      List<LessonDraft> lessons = c.byKey.get(c.key(series, illQuarter));
      if (lessons.isEmpty() || !lessons.get(0).isFor(illStudent)) {
        continue;
      }
      int valid = 0;
      for (LessonDraft l : lessons) {
        valid += Drafts.valid(c.absent[l.index][si]) ? 1 : 0;
      }
      int count = c.markCount[c.cell(subject, illQuarter, si)];
      int min = StudyPlan.minMarks(c.hours(subject), false);
      if (count < min && valid >= 0.35 * lessons.size()) {
        g.known(
            g.termViolation("SUFFICIENCY_EXEMPT", INFO, c, subject, term.end(), illStudent),
            term.end().plusDays(1).atStartOfDay());
      } else if (count < min) {
        throw new IllegalStateException("ill student short without exemption in " + subject);
      }
    }
  }
}
