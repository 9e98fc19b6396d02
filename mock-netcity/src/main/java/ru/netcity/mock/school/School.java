package ru.netcity.mock.school;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The generated school, immutable once built by {@link SchoolGenerator}. The mock's endpoints read
 * it through the lookups below; the lists are in a stable order (by id, or by date and number).
 *
 * <p>Without a moment it is the final state of the year, exactly as before the school had a clock.
 * {@link #at} gives the same school as the AIS showed it at a moment, replaying its {@link
 * History}; the view shares every index with this one and filters on lookup.
 */
public final class School {
  public static final ZoneId ZONE = ZoneId.of("Asia/Tomsk");

  private final int id;
  private final String name;
  private final String shortName;
  private final int yearId;
  private final LocalDate yearStart;
  private final LocalDate yearEnd;
  private final List<Term> terms;
  private final Set<LocalDate> holidays;
  private final List<Bell> bells;
  private final List<Subject> subjects;
  private final List<AssignmentType> assignmentTypes;
  private final List<Teacher> teachers;
  private final List<SchoolClass> classes;
  private final List<Student> students;
  private final List<PlanRow> plan;
  private final List<Lesson> lessons;
  private final List<Assignment> assignments;
  private final List<Mark> marks;
  private final List<Absence> absences;
  private final List<TermMark> termMarks;
  private final List<Violation> violations;
  private final List<Account> accounts;
  private final long seed;
  private final History history;
  private final List<Enrolment> enrolments;

  /** The roster of the year's end (leavers gone, movers in their new class). */
  private final List<Student> yearEndStudents;

  /** The final school this is a view of, or this school itself. */
  private final School base;

  /** Null for the final state. */
  private final AsOf asOf;

  private volatile School lastView;

  private final Map<Integer, SchoolClass> classById = new HashMap<>();
  private final Map<Integer, Student> studentById = new HashMap<>();
  private final Map<Integer, List<Enrolment>> enrolmentsByStudent = new HashMap<>();
  private final Map<Integer, Subject> subjectById = new HashMap<>();
  private final Map<Integer, Teacher> teacherById = new HashMap<>();
  private final Map<Long, Lesson> lessonById = new HashMap<>();
  private final Map<Integer, List<Lesson>> lessonsByClass = new HashMap<>();
  private final Map<Long, List<Assignment>> assignmentsByLesson = new HashMap<>();
  private final Map<Long, Assignment> assignmentById = new HashMap<>();
  private final Map<Long, List<Mark>> marksByAssignment = new HashMap<>();
  private final Map<Long, List<Absence>> absencesByLesson = new HashMap<>();
  private final Map<Integer, List<TermMark>> termMarksByStudent = new HashMap<>();

  School(
      int id,
      String name,
      String shortName,
      int yearId,
      LocalDate yearStart,
      LocalDate yearEnd,
      List<Term> terms,
      Set<LocalDate> holidays,
      List<Bell> bells,
      List<Subject> subjects,
      List<AssignmentType> assignmentTypes,
      List<Teacher> teachers,
      List<SchoolClass> classes,
      List<Student> students,
      List<PlanRow> plan,
      List<Lesson> lessons,
      List<Assignment> assignments,
      List<Mark> marks,
      List<Absence> absences,
      List<TermMark> termMarks,
      List<Violation> violations,
      List<Account> accounts,
      long seed,
      History history,
      List<Enrolment> enrolments) {
    this.id = id;
    this.name = name;
    this.shortName = shortName;
    this.yearId = yearId;
    this.yearStart = yearStart;
    this.yearEnd = yearEnd;
    this.terms = List.copyOf(terms);
    this.holidays = Set.copyOf(holidays);
    this.bells = List.copyOf(bells);
    this.subjects = List.copyOf(subjects);
    this.assignmentTypes = List.copyOf(assignmentTypes);
    this.teachers = List.copyOf(teachers);
    this.classes = List.copyOf(classes);
    this.students = List.copyOf(students);
    this.plan = List.copyOf(plan);
    this.lessons = List.copyOf(lessons);
    this.assignments = List.copyOf(assignments);
    this.marks = List.copyOf(marks);
    this.absences = List.copyOf(absences);
    this.termMarks = List.copyOf(termMarks);
    this.violations = List.copyOf(violations);
    this.accounts = List.copyOf(accounts);
    this.seed = seed;
    this.history = history;
    this.enrolments = List.copyOf(enrolments);
    this.base = this;
    this.asOf = null;
    classes.forEach(c -> classById.put(c.id(), c));
    students.forEach(s -> studentById.put(s.id(), s));
    enrolments.forEach(
        e -> enrolmentsByStudent.computeIfAbsent(e.studentId(), k -> new ArrayList<>()).add(e));
    this.yearEndStudents = placedOn(yearEnd);
    subjects.forEach(s -> subjectById.put(s.id(), s));
    teachers.forEach(t -> teacherById.put(t.id(), t));
    for (Lesson lesson : lessons) {
      lessonById.put(lesson.id(), lesson);
      lessonsByClass.computeIfAbsent(lesson.classId(), k -> new ArrayList<>()).add(lesson);
    }
    lessonsByClass
        .values()
        .forEach(
            list ->
                list.sort(
                    Comparator.comparing(Lesson::date)
                        .thenComparing(Lesson::start)
                        .thenComparingInt(Lesson::group)));
    for (Assignment a : assignments) {
      assignmentById.put(a.id(), a);
      assignmentsByLesson.computeIfAbsent(a.lessonId(), k -> new ArrayList<>()).add(a);
    }
    marks.forEach(
        m -> marksByAssignment.computeIfAbsent(m.assignmentId(), k -> new ArrayList<>()).add(m));
    absences.forEach(
        a -> absencesByLesson.computeIfAbsent(a.lessonId(), k -> new ArrayList<>()).add(a));
    termMarks.forEach(
        t -> termMarksByStudent.computeIfAbsent(t.studentId(), k -> new ArrayList<>()).add(t));
  }

  /** A view of {@code base} at moment {@code t}: every index shared, lookups filtered. */
  private School(School base, LocalDateTime t) {
    this.id = base.id;
    this.name = base.name;
    this.shortName = base.shortName;
    this.yearId = base.yearId;
    this.yearStart = base.yearStart;
    this.yearEnd = base.yearEnd;
    this.terms = base.terms;
    this.holidays = base.holidays;
    this.bells = base.bells;
    this.subjects = base.subjects;
    this.assignmentTypes = base.assignmentTypes;
    this.teachers = base.teachers;
    this.classes = base.classes;
    this.students = base.students;
    this.plan = base.plan;
    this.lessons = base.lessons;
    this.assignments = base.assignments;
    this.marks = base.marks;
    this.absences = base.absences;
    this.termMarks = base.termMarks;
    this.violations = base.violations;
    this.accounts = base.accounts;
    this.seed = base.seed;
    this.history = base.history;
    this.enrolments = base.enrolments;
    this.yearEndStudents = base.yearEndStudents;
    this.base = base;
    this.asOf = new AsOf(base, base.history, t);
    classById.putAll(base.classById);
    studentById.putAll(base.studentById);
    enrolmentsByStudent.putAll(base.enrolmentsByStudent);
    subjectById.putAll(base.subjectById);
    teacherById.putAll(base.teacherById);
  }

  /**
   * The school as the AIS showed it at {@code t} (school time): entries from their entry time on
   * with the value they had then, deleted marks until their deletion, the lessons of later days as
   * the timetable has them but empty, the violations whose evidence exists by then. The last view
   * is cached, since the clock rarely moves.
   */
  public School at(LocalDateTime t) {
    School view = base.lastView;
    if (view == null || !view.asOf.moment().equals(t)) {
      view = new School(base, t);
      base.lastView = view;
    }
    return view;
  }

  /** The moment this view stands at; empty for the final state. */
  public Optional<LocalDateTime> moment() {
    return asOf == null ? Optional.empty() : Optional.of(asOf.moment());
  }

  /** The final school this is a view of (itself when it has no moment). */
  public School base() {
    return base;
  }

  /** The history behind the final state. */
  public History history() {
    return history;
  }

  /** The final state's marks, ignoring the moment. */
  List<Mark> finalMarks() {
    return marks;
  }

  public int id() {
    return id;
  }

  /** The seed the school was generated from. */
  public long seed() {
    return seed;
  }

  public String name() {
    return name;
  }

  public String shortName() {
    return shortName;
  }

  public int yearId() {
    return yearId;
  }

  public LocalDate yearStart() {
    return yearStart;
  }

  public LocalDate yearEnd() {
    return yearEnd;
  }

  /** Quarters first, then half-years, each in date order. */
  public List<Term> terms() {
    return terms;
  }

  /** The terms a grade is assessed by: quarters for 7–9, half-years for 10–11. */
  public List<Term> termsOf(int grade) {
    boolean halfYear = grade >= 10;
    return terms.stream().filter(t -> t.halfYear() == halfYear).toList();
  }

  /** Holidays and vacation days that fall on weekdays. */
  public Set<LocalDate> holidays() {
    return holidays;
  }

  /** Saturdays worked under a weekday's timetable (transferred working days). */
  public Set<LocalDate> workingDays() {
    return Set.of(SchoolCalendar.WORKING_SATURDAY);
  }

  public List<Bell> bells() {
    return bells;
  }

  public List<Subject> subjects() {
    return subjects;
  }

  public List<AssignmentType> assignmentTypes() {
    return assignmentTypes;
  }

  public List<Teacher> teachers() {
    return teachers;
  }

  public List<SchoolClass> classes() {
    return classes;
  }

  /**
   * The roster of the moment (of the year's end without one): each pupil in the class and group of
   * his enrolment then, a pupil not yet arrived or already gone left out.
   */
  public List<Student> students() {
    return asOf == null ? yearEndStudents : asOf.cached("students", () -> placedOn(day()));
  }

  /** The day rosters stand at: the moment's, or the year's end. */
  private LocalDate day() {
    return asOf == null ? yearEnd : asOf.moment().toLocalDate();
  }

  private List<Student> placedOn(LocalDate day) {
    if (enrolments.isEmpty()) {
      return students;
    }
    List<Student> out = new ArrayList<>(students.size());
    for (Student s : students) {
      Student placed = placed(s, day);
      if (placed != null) {
        out.add(placed);
      }
    }
    return out;
  }

  /** The pupil as in the class and group of his enrolment on the day, or null when in none. */
  private Student placed(Student s, LocalDate day) {
    List<Enrolment> own = enrolmentsByStudent.get(s.id());
    if (own == null) {
      return s;
    }
    for (Enrolment e : own) {
      if (e.covers(day)) {
        return e.classId() == s.classId() && e.group() == s.group()
            ? s
            : new Student(
                s.id(), s.lastName(), s.firstName(), s.patronymic(), e.classId(), e.group());
      }
    }
    return null;
  }

  /**
   * Whether the pupil is on the class's roster at the moment (at the year's end without one), so
   * that the class's diaries and reports show what he has there.
   */
  public boolean onRoster(int studentId, int classId) {
    Student s = studentById.get(studentId);
    Student placed = s == null ? null : placed(s, day());
    return placed != null && placed.classId() == classId;
  }

  /** Every pupil the class had at some time of the year, by id. */
  public List<Integer> pupilsEverIn(int classId) {
    TreeSet<Integer> ids = new TreeSet<>();
    schoolClass(classId).ifPresent(c -> ids.addAll(c.studentIds()));
    enrolments.stream().filter(e -> e.classId() == classId).forEach(e -> ids.add(e.studentId()));
    return List.copyOf(ids);
  }

  /**
   * Pupils' time in a class where it is not the whole year (arrivals, leavers, moves; clause
   * 3.3.1): a pupil without an enrolment is in his class all year.
   */
  public List<Enrolment> enrolments() {
    return enrolments;
  }

  /** The class and group the pupil is in on that day, or empty when he is in none. */
  public Optional<Enrolment> enrolmentOn(int studentId, LocalDate date) {
    boolean listed = false;
    for (Enrolment e : enrolments) {
      if (e.studentId() == studentId) {
        listed = true;
        if (e.covers(date)) {
          return Optional.of(e);
        }
      }
    }
    if (listed) {
      return Optional.empty();
    }
    Student s = studentById.get(studentId);
    return s == null
        ? Optional.empty()
        : Optional.of(new Enrolment(studentId, s.classId(), s.group(), yearStart, null));
  }

  /** Whether the pupil is in that class on that day. */
  public boolean enrolledIn(int studentId, int classId, LocalDate date) {
    return enrolments.isEmpty() || Movements.enrolled(enrolments, studentId, classId, date);
  }

  public List<PlanRow> plan() {
    return plan;
  }

  public List<Lesson> lessons() {
    return asOf == null
        ? lessons
        : asOf.cached("lessons", () -> lessons.stream().map(asOf::lesson).toList());
  }

  public List<Assignment> assignments() {
    return asOf == null
        ? assignments
        : asOf.cached("assignments", () -> asOf.assignments(assignments));
  }

  public List<Mark> marks() {
    return asOf == null ? marks : asOf.allMarks();
  }

  public List<Absence> absences() {
    return asOf == null ? absences : asOf.cached("absences", () -> asOf.absences(absences));
  }

  public List<TermMark> termMarks() {
    return asOf == null ? termMarks : asOf.cached("termMarks", () -> asOf.termMarks(termMarks));
  }

  /** The seeded violations; in a view, those whose evidence exists at its moment. */
  public List<Violation> violations() {
    return asOf == null ? violations : asOf.violations(violations);
  }

  public List<Account> accounts() {
    return accounts;
  }

  public Optional<SchoolClass> schoolClass(int classId) {
    return Optional.ofNullable(classById.get(classId));
  }

  /**
   * The pupil as placed at the moment (his new class after a move); a pupil in no class then (not
   * yet arrived, gone) as he was generated.
   */
  public Optional<Student> student(int studentId) {
    Student s = studentById.get(studentId);
    if (s == null || !enrolmentsByStudent.containsKey(studentId)) {
      return Optional.ofNullable(s);
    }
    Student placed = placed(s, day());
    return Optional.of(placed != null ? placed : s);
  }

  public Subject subject(int subjectId) {
    return subjectById.get(subjectId);
  }

  public Teacher teacher(int teacherId) {
    return teacherById.get(teacherId);
  }

  public Optional<Lesson> lesson(long lessonId) {
    Lesson lesson = base.lessonById.get(lessonId);
    return Optional.ofNullable(lesson == null || asOf == null ? lesson : asOf.lesson(lesson));
  }

  public Optional<Assignment> assignment(long assignmentId) {
    Assignment a = base.assignmentById.get(assignmentId);
    return Optional.ofNullable(a == null || asOf == null ? a : asOf.assignment(a));
  }

  /** Lessons of a class ordered by date, start time and group. */
  public List<Lesson> lessonsOf(int classId) {
    List<Lesson> all = base.lessonsByClass.getOrDefault(classId, List.of());
    return asOf == null ? all : asOf.lessonsOf(classId, all);
  }

  public List<Assignment> assignmentsOf(long lessonId) {
    List<Assignment> all = base.assignmentsByLesson.getOrDefault(lessonId, List.of());
    return asOf == null ? all : asOf.assignments(all);
  }

  public List<Mark> marksOf(long assignmentId) {
    List<Mark> all = base.marksByAssignment.getOrDefault(assignmentId, List.of());
    return asOf == null ? all : asOf.marksOf(assignmentId, all);
  }

  public List<Absence> absencesOf(long lessonId) {
    List<Absence> all = base.absencesByLesson.getOrDefault(lessonId, List.of());
    return asOf == null ? all : asOf.absences(all);
  }

  public List<TermMark> termMarksOf(int studentId) {
    List<TermMark> all = base.termMarksByStudent.getOrDefault(studentId, List.of());
    return asOf == null ? all : asOf.termMarks(all);
  }

  public Optional<Account> account(String login) {
    return accounts.stream().filter(a -> a.login().equalsIgnoreCase(login)).findFirst();
  }
}
