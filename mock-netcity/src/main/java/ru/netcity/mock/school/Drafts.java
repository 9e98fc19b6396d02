package ru.netcity.mock.school;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Mutable working state the generator phases share; turned into records by {@link Gen#build}. */
final class Drafts {
  private Drafts() {}

  /** Absence codes; the index + 1 is what the absence matrix stores (0 = present). */
  static final String[] CODES = {"Н", "Б", "УП", "НП", "ОТ", "ОП", "ОСВ"};

  static final byte N = 1;
  static final byte B = 2;
  static final byte UP = 3;
  static final byte NP = 4;
  static final byte OT = 5;
  static final byte OP = 6;
  static final byte OSV = 7;

  /** Б, УП and ОСВ are valid reasons (2.3.2). */
  static boolean valid(byte code) {
    return code == B || code == UP || code == OSV;
  }

  /** One class: its people, weekly timetable and the lessons held. */
  static final class ClassDraft {
    final int id;
    final int index;
    final String name;
    final int grade;
    final List<Term> terms;
    final List<Student> students = new ArrayList<>();
    int firstStudentId;
    int classTeacherId;
    String homeRoom;

    /**
     * English groups at different bells on {@link #splitDays} (group 2 after the day's last bell)
     * and German for group 2 at group 1's English bell; see {@link Timetable}.
     */
    boolean splitBells;

    /** Weekdays (0 = Monday) on which a {@link #splitBells} class has its English groups apart. */
    final boolean[] splitDays = new boolean[5];

    /** Subject ids per weekday (0 = Monday) in bell order. */
    final int[][] week = new int[5][];

    /** Teacher per subjectId * 10 + group; sorted map so iteration never depends on hashing. */
    final TreeMap<Integer, Integer> teacherOf = new TreeMap<>();

    /**
     * The regular teacher of the subject for the student's group (the whole class's if split not).
     */
    int teacherOf(int subjectId, Student s) {
      Integer own = s == null ? null : teacherOf.get(subjectId * 10 + s.group());
      return own != null ? own : teacherOf.get(subjectId * 10);
    }

    /** A series is one subject for one group (0, or 1 and 2 when split); index = position here. */
    final List<int[]> series = new ArrayList<>();

    final List<LessonDraft> lessons = new ArrayList<>();

    /** Lessons of each series in each term, by {@link #key}. */
    final List<List<LessonDraft>> byKey = new ArrayList<>();

    /** Marks (non-duty) count and sum per (subjectId - 1, term, student), see {@link #cell}. */
    int[] markCount;

    int[] markSum;

    /** Index of the first lesson of each school day (by school-day index), -1 when none. */
    int[] dayFirst;

    int[] dayCount;

    /** [lesson index][student index]: 0 present, else 1 + index in {@link #CODES}. */
    byte[][] absent;

    ClassDraft(int id, int index, String name, int grade, List<Term> terms) {
      this.id = id;
      this.index = index;
      this.name = name;
      this.grade = grade;
      this.terms = terms;
    }

    /** Weekly hours of a subject in this class: the grade's plan, and German where it is taught. */
    int hours(int subjectId) {
      if (subjectId == StudyPlan.DEU) {
        return splitBells ? StudyPlan.DEU_HOURS : 0;
      }
      return StudyPlan.hours(subjectId, grade);
    }

    int studentIndex(int studentId) {
      return studentId - firstStudentId;
    }

    /** Series index of a subject as a given student attends it. */
    int seriesOf(int subjectId, int group) {
      for (int i = 0; i < series.size(); i++) {
        int[] s = series.get(i);
        if (s[0] == subjectId && (s[1] == 0 || s[1] == group)) {
          return i;
        }
      }
      return -1;
    }

    /** Key of a series in one term, for per-student counters. */
    int key(int seriesIndex, int termIndex) {
      return seriesIndex * terms.size() + termIndex;
    }

    int keys() {
      return series.size() * terms.size();
    }

    int cell(int subjectId, int termIndex, int studentIndex) {
      return ((subjectId - 1) * terms.size() + termIndex) * students.size() + studentIndex;
    }

    /** End of the class's last lesson of a school day, over all groups and moved lessons. */
    LocalTime lastEnd(int dayIndex) {
      LocalTime last = null;
      for (int i = dayFirst[dayIndex]; i < dayFirst[dayIndex] + dayCount[dayIndex]; i++) {
        LocalTime end = lessons.get(i).end;
        if (last == null || end.isAfter(last)) {
          last = end;
        }
      }
      return last;
    }
  }

  /** One lesson record while the journal is being filled. */
  static final class LessonDraft {
    final ClassDraft cls;
    final LocalDate date;
    final int dayIndex;
    final int subjectId;
    final int group;
    final int series;
    final int termIndex;
    int number;
    LocalTime start;
    LocalTime end;
    boolean moved;

    /** The diary shows no times for it ({@link UntimedLessons}). */
    boolean untimed;

    int teacherId;
    String room;
    long id;
    int index;

    /** Position within its series over the year: drives the topic and paragraph numbers. */
    int seq;

    LessonDraft next;
    String topic;
    LocalDateTime topicEnteredAt;

    /** 0, or the type of the written work held in this lesson. */
    int writtenType;

    long writtenAssignmentId;
    long answerAssignmentId;
    long homeworkAssignmentId;
    LocalDateTime marksAt;

    /** Bit per student index: carries a non-duty mark in this lesson. */
    long marked;

    LessonDraft(
        ClassDraft cls,
        LocalDate date,
        int dayIndex,
        int subjectId,
        int group,
        int series,
        int termIndex) {
      this.cls = cls;
      this.date = date;
      this.dayIndex = dayIndex;
      this.subjectId = subjectId;
      this.group = group;
      this.series = series;
      this.termIndex = termIndex;
    }

    boolean isFor(Student s) {
      return group == 0 || group == s.group();
    }

    Term term() {
      return cls.terms.get(termIndex);
    }
  }
}
