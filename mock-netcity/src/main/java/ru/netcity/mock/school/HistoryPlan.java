package ru.netcity.mock.school;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import ru.netcity.mock.school.Drafts.ClassDraft;
import ru.netcity.mock.school.Drafts.LessonDraft;

/**
 * The school's history before its final state, seeded at known places after the journal and the
 * term marks are complete. Every item keeps the final state as it was (an edit ends at the final
 * value, a deleted mark is an extra one), so counts and the final truth do not change. Each item is
 * judged by design.md §4: within the 2.3.3 window (the lesson day and the next) it is compliant;
 * later, without an approved correction (the mock files none), it is NO_RETROACTIVE_CHANGE. The
 * second mark edited the next day or weeks later, and the second deleted later, are the deputy
 * director's writes in a teacher's lesson: a violation among them names her, the one who made it.
 */
final class HistoryPlan {
  static final String EDITED_SAME_DAY = "MARK_EDITED_SAME_DAY";
  static final String EDITED_NEXT_DAY = "MARK_EDITED_NEXT_DAY";
  static final String EDITED_WEEKS_LATER = "MARK_EDITED_WEEKS_LATER";
  static final String DELETED_SAME_DAY = "MARK_DELETED_SAME_DAY";
  static final String DELETED_NEXT_DAY = "MARK_DELETED_NEXT_DAY";
  static final String DELETED_LATER = "MARK_DELETED_LATER";
  static final String TO_DOT_AND_BACK = "MARK_TO_DOT_AND_BACK";
  static final String BECAME_DOT = "MARK_BECAME_DOT";
  static final String CERTIFICATE = "ABSENCE_N_TO_B";
  static final String HOMEWORK_EDITED = "HOMEWORK_EDITED";
  static final String GRADED_LATE = "WRITTEN_WORK_GRADED_LATE";
  static final String TERM_MARK_CORRECTED = "TERM_MARK_CORRECTED";
  static final String RETROACTIVE = "NO_RETROACTIVE_CHANGE";

  private final Gen g;
  private final Seeds seeds;
  private final SplittableRandom rnd;
  private final History h;

  private HistoryPlan(Gen g, Seeds seeds, SplittableRandom rnd) {
    this.g = g;
    this.seeds = seeds;
    this.rnd = rnd;
    this.h = g.history;
  }

  static void seed(Gen g, Seeds seeds, SplittableRandom rnd) {
    new HistoryPlan(g, seeds, rnd).run();
  }

  private String deputy() {
    return g.deputy.shortName();
  }

  private void run() {
    legacyChanges();
    for (int i = 0; i < 2; i++) {
      markEdit(EDITED_SAME_DAY, null);
      markEdit(EDITED_NEXT_DAY, i == 1 ? deputy() : null);
      markEdit(EDITED_WEEKS_LATER, i == 1 ? deputy() : null);
    }
    for (int i = 0; i < 2; i++) {
      deletedMark(DELETED_SAME_DAY, null);
      deletedMark(DELETED_NEXT_DAY, null);
      deletedMark(DELETED_LATER, i == 1 ? deputy() : null);
    }
    toDotAndBack();
    becameDot();
    for (int i = 0; i < 2; i++) {
      certificate();
      homeworkEdited(i == 0);
      termMarkCorrected();
    }
    for (int i = 0; i < 3; i++) {
      gradedLate();
    }
  }

  /** The two marks LateEntries changed keep their one change as a revision. */
  private void legacyChanges() {
    for (Mark m : g.marks) {
      if (m.previousValue() != null) {
        h.marks.put(
            m.id(),
            List.of(
                new Revision(
                    m.previousValue().toString(),
                    History.markValue(m),
                    m.changedAt(),
                    teacher(g.lessonOf(m)))));
      }
    }
  }

  /**
   * @param by who edits it, or null for the lesson's teacher
   */
  private void markEdit(String kind, String by) {
    Mark m = pickMark(x -> !x.dutyMark(), 40);
    LessonDraft l = g.lessonOf(m);
    int before = m.value() == 5 ? 4 : m.value() + 1;
    LocalDateTime at =
        switch (kind) {
          case EDITED_SAME_DAY -> sameDay(m.enteredAt(), 15 + rnd.nextInt(60));
          case EDITED_NEXT_DAY -> nextDay(l.date);
          default -> later(l.date, 14 + rnd.nextInt(22));
        };
    String who = by == null ? teacher(l) : by;
    h.marks.put(m.id(), List.of(new Revision(Integer.toString(before), markText(m), at, who)));
    boolean compliant = !kind.equals(EDITED_WEEKS_LATER);
    item(kind, l, student(l, m.studentId()), at, compliant, markKey(m), by);
  }

  /**
   * An extra mark on a lesson's oral answers, entered with the others and deleted later.
   *
   * @param by who deletes it, or null for the lesson's teacher
   */
  private void deletedMark(String kind, String by) {
    while (true) {
      LessonDraft l = seeds.pickLesson(x -> x.answerAssignmentId != 0 && x.marksAt != null);
      ClassDraft c = l.cls;
      Student s = c.students.get(rnd.nextInt(c.students.size()));
      int si = c.studentIndex(s.id());
      if (!l.isFor(s) || c.absent[l.index][si] != 0 || hasMark(l.answerAssignmentId, s.id())) {
        continue;
      }
      long id = g.ids.deletedMarkBase() + h.deletedMarks.size() + 1;
      Mark m =
          new Mark(
              id, l.answerAssignmentId, s.id(), 2 + rnd.nextInt(4), false, l.marksAt, null, null);
      LocalDateTime at =
          switch (kind) {
            case DELETED_SAME_DAY -> sameDay(m.enteredAt(), 10 + rnd.nextInt(80));
            case DELETED_NEXT_DAY -> nextDay(l.date);
            default -> later(l.date, 10 + rnd.nextInt(20));
          };
      h.marks.put(id, List.of(new Revision(markText(m), null, at, by == null ? teacher(l) : by)));
      h.deletedMarks.add(m);
      h.deletedMarksByAssignment.computeIfAbsent(m.assignmentId(), k -> new ArrayList<>()).add(m);
      item(kind, l, s, at, !kind.equals(DELETED_LATER), markKey(m), by);
      return;
    }
  }

  /** An oral answer mark turned into a dot by mistake the same day and back the next morning. */
  private void toDotAndBack() {
    Mark m = pickMark(x -> !x.dutyMark() && assignmentType(x) == StudyPlan.ANSWER, 5);
    LessonDraft l = g.lessonOf(m);
    String value = markText(m);
    LocalDateTime toDot = sameDay(m.enteredAt(), 20 + rnd.nextInt(30));
    LocalDateTime back = nextDay(l.date);
    h.marks.put(
        m.id(),
        List.of(
            new Revision(value, History.DOT, toDot, teacher(l)),
            new Revision(History.DOT, value, back, teacher(l))));
    item(TO_DOT_AND_BACK, l, student(l, m.studentId()), back, true, markKey(m), null);
  }

  /** A dot that was first entered as a 2 and corrected to the dot the same day. */
  private void becameDot() {
    Mark m = pickMark(Mark::dutyMark, 5);
    LessonDraft l = g.lessonOf(m);
    LocalDateTime at = sameDay(m.enteredAt(), 20 + rnd.nextInt(30));
    h.marks.put(m.id(), List.of(new Revision("2", History.DOT, at, teacher(l))));
    String key = "DOT:" + markKey(m).substring(5);
    item(BECAME_DOT, l, student(l, m.studentId()), at, true, key, null);
  }

  /** «Н» changed to «Б» when the medical certificate arrives two to five days later. */
  private void certificate() {
    while (true) {
      LessonDraft l = seeds.pickLesson(x -> x.date.plusDays(10).isBefore(x.term().end()));
      ClassDraft c = l.cls;
      for (Student s : c.students) {
        if (c.absent[l.index][c.studentIndex(s.id())] == Drafts.B) {
          LocalDateTime at = later(l.date, 2 + rnd.nextInt(4));
          h.absences.put(
              History.absenceKey(l.id, s.id()), List.of(new Revision("Н", "Б", at, teacher(l))));
          String key = "ABSENCE:%d:%s:%d".formatted(s.id(), l.date, l.number);
          item(CERTIFICATE, l, s, at, false, key, null);
          return;
        }
      }
    }
  }

  /** Homework corrected after it was given: the same evening, or the next morning. */
  private void homeworkEdited(boolean sameEvening) {
    LessonDraft l =
        seeds.pickLesson(
            x ->
                x.homeworkAssignmentId != 0
                    && (!sameEvening
                        || homework(x).enteredAt().toLocalTime().isBefore(LocalTime.of(22, 0))));
    Assignment a = homework(l);
    LocalDateTime at =
        sameEvening
            ? sameDay(a.enteredAt(), 30 + rnd.nextInt(60))
            : l.date.plusDays(1).atTime(7, 0).plusMinutes(rnd.nextInt(50));
    String before = a.name().matches("(?s).*\\d.*") ? bumpFirstNumber(a.name()) : a.name() + " …";
    h.homework.put(a.id(), List.of(new Revision(before, a.name(), at, teacher(l))));
    item(HOMEWORK_EDITED, l, null, at, true, "HOMEWORK:" + a.id(), null);
  }

  /** A written work whose marks all went in two to seven days after it was written. */
  private void gradedLate() {
    LessonDraft l =
        seeds.pickLesson(
            x ->
                x.writtenAssignmentId != 0
                    && x != seeds.skipLesson
                    && x.date.plusDays(10).isBefore(x.term().end()));
    LocalDateTime at =
        l.date.plusDays(2 + rnd.nextInt(6)).atTime(15, 0).plusMinutes(rnd.nextInt(240));
    for (Mark m : g.marks) {
      if (m.assignmentId() == l.writtenAssignmentId) {
        h.gradedAt.put(m.id(), at);
      }
    }
    item(GRADED_LATE, l, null, at, true, "WORK:" + l.writtenAssignmentId, null);
  }

  /** A term mark entered on time and corrected four to ten days after the term ended. */
  private void termMarkCorrected() {
    while (true) {
      TermMark m = g.termMarks.get(rnd.nextInt(g.termMarks.size()));
      Term term = m.termId() == TermMark.YEAR ? null : g.terms.get(m.termId() - 1);
      if (term == null
          || !term.end().plusDays(12).isBefore(SchoolCalendar.LAST_TERM_END)
          || !seeds.usedStudents.add(m.studentId())) {
        continue;
      }
      Student s = g.student(m.studentId());
      ClassDraft c = g.classDraft(s.classId());
      LocalDateTime at = later(term.end(), 4 + rnd.nextInt(7));
      int before = m.value() == 5 ? 4 : m.value() + 1;
      // the pupil's teacher of the subject corrects it, as the log names him
      String by = g.teacherName(c.teacherOf(m.subjectId(), s));
      h.termMarks.put(
          History.termMarkKey(m),
          List.of(new Revision(Integer.toString(before), Integer.toString(m.value()), at, by)));
      Violation v =
          new Violation(
              RETROACTIVE,
              Seeds.VIOLATION,
              c.name,
              StudyPlan.name(m.subjectId()),
              term.end(),
              s.nickName(),
              by);
      h.items.add(
          new HistoryItem(
              TERM_MARK_CORRECTED,
              c.name,
              v.subject(),
              term.end(),
              s.nickName(),
              at,
              v,
              "TERM_MARK:%d:%s:%s".formatted(s.id(), v.subject(), term.name())));
      return;
    }
  }

  private Mark pickMark(Predicate<Mark> filter, int daysBeforeTermEnd) {
    while (true) {
      Mark m = g.marks.get(rnd.nextInt(g.marks.size()));
      LessonDraft l = g.lessonOf(m);
      if (filter.test(m)
          && l.group == 0
          && m.previousValue() == null
          && m.enteredAt().toLocalDate().equals(l.date)
          && l.date.plusDays(daysBeforeTermEnd).isBefore(l.term().end())
          && seeds.usedLessons.add(l.id)) {
        return m;
      }
    }
  }

  private boolean hasMark(long assignmentId, int studentId) {
    for (Mark m : g.marks) {
      if (m.assignmentId() == assignmentId && m.studentId() == studentId) {
        return true;
      }
    }
    return false;
  }

  private int assignmentType(Mark m) {
    return g.assignment(m.assignmentId()).typeId();
  }

  private Assignment homework(LessonDraft l) {
    return g.assignment(l.homeworkAssignmentId);
  }

  /**
   * A seeded history event; a violation names {@code by} when given (someone other than the
   * lesson's teacher made the write), else the lesson's teachers.
   */
  private void item(
      String kind,
      LessonDraft l,
      Student s,
      LocalDateTime at,
      boolean compliant,
      String key,
      String by) {
    String subject = StudyPlan.name(l.subjectId);
    String student = s == null ? null : s.nickName();
    Violation v =
        compliant
            ? null
            : new Violation(
                RETROACTIVE,
                Seeds.VIOLATION,
                l.cls.name,
                subject,
                l.date,
                student,
                by != null ? by : g.lessonTeachers(l.cls, l.subjectId, l.date, s));
    h.items.add(new HistoryItem(kind, l.cls.name, subject, l.date, student, at, v, key));
  }

  private String teacher(LessonDraft l) {
    return g.teacherName(l.teacherId);
  }

  private static Student student(LessonDraft l, int studentId) {
    return l.cls.students.get(l.cls.studentIndex(studentId));
  }

  /** The ledger key of a mark as it stands in the final state (a mark, not a dot). */
  private static String markKey(Mark m) {
    return "MARK:" + m.assignmentId() + ":" + m.studentId();
  }

  private static String markText(Mark m) {
    return History.markValue(m);
  }

  /** Minutes after a time, kept within that day. */
  private static LocalDateTime sameDay(LocalDateTime from, int minutes) {
    LocalDateTime at = from.plusMinutes(minutes);
    LocalDateTime last = from.toLocalDate().atTime(23, 50);
    return at.isAfter(last) ? last : at;
  }

  private LocalDateTime nextDay(LocalDate lessonDate) {
    return lessonDate.plusDays(1).atTime(8, 0).plusMinutes(rnd.nextInt(360));
  }

  private LocalDateTime later(LocalDate from, int days) {
    return from.plusDays(days).atTime(9, 0).plusMinutes(rnd.nextInt(420));
  }

  private static String bumpFirstNumber(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher(text);
    m.find();
    long n = Long.parseLong(m.group());
    return text.substring(0, m.start()) + (n + 1) + text.substring(m.end());
  }
}
