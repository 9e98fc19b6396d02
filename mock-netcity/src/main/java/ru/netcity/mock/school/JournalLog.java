package ru.netcity.mock.school;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Every write to the journal, as «Доступ к журналу» logs it: first entries and, with the history,
 * their later edits and deletions. Read from the final school; the journal access report and {@link
 * Changes} filter it by time.
 */
public final class JournalLog {
  public static final String TOPIC = "TOPIC";
  public static final String HOMEWORK = "HOMEWORK";
  public static final String MARK = "MARK";
  public static final String ABSENCE = "ABSENCE";
  public static final String TERM_MARK = "TERM_MARK";

  /**
   * One row of the log.
   *
   * @param object TOPIC, HOMEWORK, MARK (a dot included: value "."), ABSENCE or TERM_MARK
   * @param lessonDate the lesson date, or the term's end for a term mark
   * @param lesson the «Урок» cell: the lesson number, or the term's name («Год» for the year)
   * @param lessonNumber the lesson number, 0 for a term mark
   * @param studentId 0 for entries of the whole lesson
   * @param assignmentId the assignment of a mark or homework, else 0
   * @param termId the term of a term mark ({@link TermMark#YEAR} for the year), else -1
   * @param before "" for a first entry
   * @param after "" for a deletion
   */
  public record Entry(
      String object,
      LocalDateTime at,
      String by,
      int classId,
      int subjectId,
      LocalDate lessonDate,
      Object lesson,
      int lessonNumber,
      int studentId,
      long assignmentId,
      int termId,
      String before,
      String after) {}

  private final School school;
  private final boolean withHistory;

  /**
   * @param withHistory false gives the final state's log (first entries and the seeded changes of
   *     the final marks), as the mock showed before it had a clock
   */
  public JournalLog(School school, boolean withHistory) {
    this.school = school.base();
    this.withHistory = withHistory;
  }

  /** The log of one lesson; topic and homework only when {@code wholeLesson}. */
  public List<Entry> lesson(Lesson lesson, boolean wholeLesson, IntPredicate student) {
    List<Entry> out = new ArrayList<>();
    String teacher = school.teacher(lesson.teacherId()).shortName();
    if (wholeLesson && lesson.topicEnteredAt() != null) {
      out.add(row(TOPIC, lesson, lesson.topicEnteredAt(), teacher, 0, 0, "", lesson.topic()));
    }
    History h = school.history();
    for (Assignment a : school.assignmentsOf(lesson.id())) {
      if (a.typeId() == StudyPlan.HOMEWORK && wholeLesson) {
        List<Revision> revisions = withHistory ? h.homeworkRevisions(a.id()) : List.of();
        String first = History.firstValue(a.name(), revisions);
        out.add(row(HOMEWORK, lesson, a.enteredAt(), teacher, 0, a.id(), "", first));
        revisions(out, revisions, r -> row(HOMEWORK, lesson, r, 0, a.id()));
      }
      List<Mark> marks = new ArrayList<>(school.marksOf(a.id()));
      if (withHistory) {
        marks.addAll(h.deletedMarksByAssignment.getOrDefault(a.id(), List.of()));
      }
      for (Mark m : marks) {
        if (student.test(m.studentId())) {
          mark(out, lesson, teacher, m);
        }
      }
    }
    for (Absence absence : school.absencesOf(lesson.id())) {
      if (student.test(absence.studentId())) {
        List<Revision> revisions =
            withHistory ? h.absenceRevisions(lesson.id(), absence.studentId()) : List.of();
        String first = History.firstValue(absence.code(), revisions);
        int sid = absence.studentId();
        String by = h.absenceBy(lesson.id(), sid, teacher);
        out.add(row(ABSENCE, lesson, absence.enteredAt(), by, sid, 0, "", first));
        revisions(out, revisions, r -> row(ABSENCE, lesson, r, sid, 0));
      }
    }
    return out;
  }

  private void mark(List<Entry> out, Lesson lesson, String teacher, Mark m) {
    int sid = m.studentId();
    long aid = m.assignmentId();
    if (!withHistory) {
      String first =
          m.previousValue() != null ? markText(m.previousValue(), m) : History.markValue(m);
      out.add(row(MARK, lesson, m.enteredAt(), teacher, sid, aid, "", first));
      if (m.changedAt() != null) {
        out.add(row(MARK, lesson, m.changedAt(), teacher, sid, aid, first, History.markValue(m)));
      }
      return;
    }
    List<Revision> revisions = school.history().markRevisions(m.id());
    String first = History.firstValue(History.markValue(m), revisions);
    out.add(row(MARK, lesson, school.history().enteredAt(m), teacher, sid, aid, "", first));
    revisions(out, revisions, r -> row(MARK, lesson, r, sid, aid));
  }

  /** The term and year marks of a class's students whose term ends in a date range. */
  public List<Entry> termMarks(
      SchoolClass schoolClass, LocalDate from, LocalDate to, IntPredicate student) {
    List<Entry> out = new ArrayList<>();
    List<Term> terms = school.termsOf(schoolClass.grade());
    // the teacher of the subject's first lesson of the pupil's group (or the whole class)
    Map<Integer, String> teacherOf = new HashMap<>();
    for (Lesson lesson : school.lessonsOf(schoolClass.id())) {
      teacherOf.putIfAbsent(
          lesson.subjectId() * 10 + lesson.group(), school.teacher(lesson.teacherId()).shortName());
    }
    for (int studentId : school.pupilsEverIn(schoolClass.id())) {
      if (!student.test(studentId)) {
        continue;
      }
      for (TermMark mark : school.termMarksOf(studentId)) {
        Term term = terms.stream().filter(t -> t.id() == mark.termId()).findFirst().orElse(null);
        LocalDate end = term != null ? term.end() : terms.get(terms.size() - 1).end();
        // a term mark is the class's the pupil is in on the term's last day (clause 3.3.1)
        if (end.isBefore(from)
            || end.isAfter(to)
            || !school.enrolledIn(studentId, schoolClass.id(), end)) {
          continue;
        }
        String name = term != null ? term.name() : "Год";
        List<Revision> revisions =
            withHistory ? school.history().termMarkRevisions(mark) : List.of();
        String first = History.firstValue(Integer.toString(mark.value()), revisions);
        int group = groupOf(studentId);
        String teacher =
            teacherOf.getOrDefault(
                mark.subjectId() * 10 + group, teacherOf.getOrDefault(mark.subjectId() * 10, ""));
        out.add(
            new Entry(
                TERM_MARK,
                mark.enteredAt(),
                school.history().termMarkBy(mark, teacher),
                schoolClass.id(),
                mark.subjectId(),
                end,
                name,
                0,
                studentId,
                0,
                mark.termId(),
                "",
                first));
        for (Revision r : revisions) {
          out.add(
              new Entry(
                  TERM_MARK,
                  r.at(),
                  r.by(),
                  schoolClass.id(),
                  mark.subjectId(),
                  end,
                  name,
                  0,
                  studentId,
                  0,
                  mark.termId(),
                  r.before(),
                  r.deletion() ? "" : r.after()));
        }
      }
    }
    return out;
  }

  /** The pupil's group in the class (0 when the school does not know him). */
  private int groupOf(int studentId) {
    return school.student(studentId).map(Student::group).orElse(0);
  }

  private interface RowOf {
    Entry of(Revision r);
  }

  private static void revisions(List<Entry> out, List<Revision> revisions, RowOf row) {
    for (Revision r : revisions) {
      out.add(row.of(r));
    }
  }

  private static Entry row(
      String object,
      Lesson lesson,
      LocalDateTime at,
      String by,
      int studentId,
      long assignmentId,
      String before,
      String after) {
    return new Entry(
        object,
        at,
        by,
        lesson.classId(),
        lesson.subjectId(),
        lesson.date(),
        lesson.number(),
        lesson.number(),
        studentId,
        assignmentId,
        -1,
        before,
        after);
  }

  private static Entry row(
      String object, Lesson lesson, Revision r, int studentId, long assignmentId) {
    return row(
        object,
        lesson,
        r.at(),
        r.by(),
        studentId,
        assignmentId,
        r.before(),
        r.deletion() ? "" : r.after());
  }

  private static String markText(int value, Mark m) {
    return m.dutyMark() ? History.DOT : Integer.toString(value);
  }
}
