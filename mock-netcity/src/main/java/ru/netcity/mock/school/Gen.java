package ru.netcity.mock.school;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import ru.netcity.mock.school.Drafts.ClassDraft;
import ru.netcity.mock.school.Drafts.LessonDraft;

/** Shared state of one generator run; every phase reads and appends to it in a fixed order. */
final class Gen {
  final SchoolOptions options;

  /** The school's id ranges on its host. */
  final IdSpace ids;

  /** The deputy director, who holds the staff login and writes in the journal now and then. */
  final Teacher deputy;

  final List<Term> terms = SchoolCalendar.terms();
  final TreeSet<LocalDate> holidays = SchoolCalendar.holidays();
  final List<Bell> bells = SchoolCalendar.bells();
  final List<LocalDate> days = SchoolCalendar.schoolDays(terms, holidays);
  final List<Teacher> teachers = new ArrayList<>();
  final List<ClassDraft> classes = new ArrayList<>();
  final List<Student> students = new ArrayList<>();

  /** Index = id - ASSIGNMENT_BASE - 1, with the lesson each one belongs to alongside. */
  final List<Assignment> assignments = new ArrayList<>();

  final List<LessonDraft> assignmentLesson = new ArrayList<>();

  /** Index = id - MARK_BASE - 1. */
  final List<Mark> marks = new ArrayList<>();

  final List<TermMark> termMarks = new ArrayList<>();
  final List<Violation> violations = new ArrayList<>();

  /** Seeded late absence entries by lessonId * 100 000 + studentId. */
  final TreeMap<Long, LocalDateTime> absenceEnteredAt = new TreeMap<>();

  /** Edits, deletions and late gradings before the final state, and when violations show. */
  final History history = new History();

  /** Pupils who arrived, left or moved during the year ({@link Movements}). */
  final List<Enrolment> enrolments = new ArrayList<>();

  boolean enrolled(int studentId, int classId, LocalDate day) {
    return enrolments.isEmpty() || Movements.enrolled(enrolments, studentId, classId, day);
  }

  Gen(SchoolOptions options) {
    this.options = options;
    this.ids = IdSpace.of(options.index());
    this.deputy = People.deputy(options);
  }

  int assignmentIndex(long assignmentId) {
    return (int) (assignmentId - ids.assignmentBase() - 1);
  }

  Assignment assignment(long assignmentId) {
    return assignments.get(assignmentIndex(assignmentId));
  }

  Student student(int studentId) {
    return students.get(studentId - ids.firstStudentId());
  }

  ClassDraft classDraft(int classId) {
    return classes.get(classId - ids.firstClassId());
  }

  List<Term> termsOf(int grade) {
    boolean halfYear = grade >= 10;
    return terms.stream().filter(t -> t.halfYear() == halfYear).toList();
  }

  Assignment addAssignment(
      LessonDraft lesson, int type, String name, LocalDate due, LocalDateTime at) {
    long id = ids.assignmentBase() + assignments.size() + 1;
    Assignment a = new Assignment(id, lesson.id, type, name, due, StudyPlan.weight(type), at);
    assignments.add(a);
    assignmentLesson.add(lesson);
    return a;
  }

  Mark addMark(long assignmentId, int studentId, int value, boolean duty, LocalDateTime at) {
    Mark m =
        new Mark(
            ids.markBase() + marks.size() + 1,
            assignmentId,
            studentId,
            value,
            duty,
            at,
            null,
            null);
    marks.add(m);
    return m;
  }

  /**
   * Clause 2.2's reference, «окончания всех учебных занятий»: the end of the school's last lesson
   * of a school day (every class of the mock is in the first shift, «relay» 1), or null when none.
   */
  LocalTime schoolLastEnd(int dayIndex) {
    LocalTime last = null;
    for (ClassDraft c : classes) {
      LocalTime end = c.dayCount[dayIndex] > 0 ? c.lastEnd(dayIndex) : null;
      last = end != null && (last == null || end.isAfter(last)) ? end : last;
    }
    return last;
  }

  LessonDraft lessonOf(Mark mark) {
    return assignmentLesson.get(assignmentIndex(mark.assignmentId()));
  }

  /** A breach about a lesson: the teacher of that day's lessons of the subject (of s's group). */
  Violation violation(
      String rule, String severity, ClassDraft c, int subjectId, LocalDate date, Student s) {
    return add(rule, severity, c, subjectId, date, s, lessonTeachers(c, subjectId, date, s));
  }

  /** The teachers of that day's lessons of the subject (of s's group), ", "-joined in order. */
  String lessonTeachers(ClassDraft c, int subjectId, LocalDate date, Student s) {
    TreeSet<String> names = new TreeSet<>();
    for (LessonDraft l : c.lessons) {
      if (l.date.equals(date)
          && l.subjectId == subjectId
          && (s == null || l.group == 0 || l.group == s.group())) {
        names.add(teacherName(l.teacherId));
      }
    }
    return String.join(", ", names);
  }

  /** A breach about a pupil's term: his teacher of the subject (his group's). */
  Violation termViolation(
      String rule, String severity, ClassDraft c, int subjectId, LocalDate termEnd, Student s) {
    return add(rule, severity, c, subjectId, termEnd, s, teacherName(c.teacherOf(subjectId, s)));
  }

  /** A lesson's breach naming the given teachers (", "-joined; empty: none). */
  Violation attributed(
      String rule, String severity, ClassDraft c, int subjectId, LocalDate date, String teacher) {
    return add(rule, severity, c, subjectId, date, null, teacher);
  }

  /** A breach about an entry someone other than its teacher made: it names him ({@code by}). */
  Violation madeBy(
      String rule,
      String severity,
      ClassDraft c,
      int subjectId,
      LocalDate date,
      Student s,
      String by) {
    return add(rule, severity, c, subjectId, date, s, by);
  }

  /** A lesson's breach that names no teacher (the AIS does not show whose it is). */
  Violation unattributed(
      String rule, String severity, ClassDraft c, int subjectId, LocalDate date) {
    return add(rule, severity, c, subjectId, date, null, "");
  }

  String teacherName(int teacherId) {
    return teachers.get(teacherId - ids.firstTeacherId()).shortName();
  }

  private Violation add(
      String rule,
      String severity,
      ClassDraft c,
      int subjectId,
      LocalDate date,
      Student s,
      String teacher) {
    Violation v =
        new Violation(
            rule,
            severity,
            c.name,
            StudyPlan.name(subjectId),
            date,
            s == null ? null : s.nickName(),
            teacher.isEmpty() ? null : teacher);
    violations.add(v);
    return v;
  }

  /** Records from when a seeded violation's evidence exists (see {@link History#knownFrom}). */
  void known(Violation v, LocalDateTime from) {
    history.knownFrom.put(v, from);
  }

  /** A term mark is given by the class the pupil is in on the term's last day. */
  private boolean enrolledAtEnd(TermMark t, List<SchoolClass> schoolClasses) {
    for (Enrolment e : enrolments) {
      if (e.studentId() == t.studentId()) {
        int grade =
            schoolClasses.stream()
                .filter(c -> c.id() == e.classId())
                .findFirst()
                .orElseThrow()
                .grade();
        List<Term> own = termsOf(grade);
        LocalDate end =
            own.stream()
                .filter(x -> x.id() == t.termId())
                .findFirst()
                .orElse(own.get(own.size() - 1))
                .end();
        if (e.covers(end)) {
          return true;
        }
      }
    }
    return enrolments.stream().noneMatch(e -> e.studentId() == t.studentId());
  }

  static final Comparator<Violation> VIOLATION_ORDER =
      Comparator.comparing(Violation::rule)
          .thenComparing(Violation::className)
          .thenComparing(Violation::subject)
          .thenComparing(Violation::lessonDate)
          .thenComparing(Violation::student, Comparator.nullsFirst(Comparator.naturalOrder()));

  School build(List<Account> accounts) {
    List<Lesson> lessons = new ArrayList<>();
    List<Absence> absences = new ArrayList<>();
    List<SchoolClass> schoolClasses = new ArrayList<>();
    for (ClassDraft c : classes) {
      schoolClasses.add(
          new SchoolClass(
              c.id,
              c.name,
              c.grade,
              c.classTeacherId,
              c.students.stream().map(Student::id).toList()));
      for (LessonDraft l : c.lessons) {
        lessons.add(
            new Lesson(
                l.id,
                c.id,
                l.date,
                l.number,
                l.start,
                l.end,
                l.subjectId,
                l.teacherId,
                l.room,
                l.group,
                l.topic,
                l.topicEnteredAt,
                l.untimed));
        byte[] row = c.absent[l.index];
        LocalDateTime at = null;
        for (int i = 0; i < row.length; i++) {
          if (row[i] != 0) {
            if (at == null) {
              // teachers mark the register a few minutes into the lesson
              at = l.date.atTime(l.start).plusMinutes(3 + l.index % 9);
            }
            int studentId = c.firstStudentId + i;
            if (!enrolled(studentId, c.id, l.date)) {
              continue;
            }
            LocalDateTime seeded = absenceEnteredAt.get(l.id * 100_000L + studentId);
            absences.add(
                new Absence(
                    l.id, studentId, Drafts.CODES[row[i] - 1], seeded != null ? seeded : at));
          }
        }
      }
    }
    List<Mark> enrolledMarks =
        marks.stream()
            .filter(m -> enrolled(m.studentId(), lessonOf(m).cls.id, lessonOf(m).date))
            .toList();
    List<TermMark> enrolledTermMarks =
        termMarks.stream().filter(t -> enrolledAtEnd(t, schoolClasses)).toList();
    lessons.sort(Comparator.comparingLong(Lesson::id));
    absences.sort(Comparator.comparingLong(Absence::lessonId).thenComparingInt(Absence::studentId));
    List<Violation> sorted = new ArrayList<>(violations);
    sorted.sort(VIOLATION_ORDER);
    return new School(
        options.schoolId(),
        SchoolNames.fullName(options),
        SchoolNames.shortName(options),
        ids.yearId(),
        SchoolCalendar.YEAR_START,
        SchoolCalendar.YEAR_END,
        terms,
        holidays,
        bells,
        StudyPlan.subjects(),
        StudyPlan.assignmentTypes(),
        teachers,
        schoolClasses,
        students,
        StudyPlan.plan(),
        lessons,
        assignments,
        enrolledMarks,
        absences,
        enrolledTermMarks,
        sorted,
        accounts,
        options.seed(),
        history,
        enrolments);
  }
}
